import { z } from 'zod';
import { ROLES } from '@/lib/figures/vocabulary';
import { choiceField, optionalText } from './fields';

/** The user schemas: a new account, a password change, and the sign-in form. */
export const PASSWORD_LIMITS = { min: 12, max: 200 } as const;

const email = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw),
  z.email({ error: 'Enter an email address such as name@example.org' }).max(254, 'Email must be at most 254 characters'),
);

const newPassword = z
  .string({ error: 'Choose a password' })
  .min(PASSWORD_LIMITS.min, `A password needs at least ${PASSWORD_LIMITS.min} characters`)
  .max(PASSWORD_LIMITS.max, `A password must be at most ${PASSWORD_LIMITS.max} characters`);

export const createUserSchema = z.object({
  email,
  name: optionalText('Name', 100),
  role: choiceField(ROLES, 'Role'),
  password: newPassword,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password'),
    newPassword,
    confirmPassword: z.string({ error: 'Repeat the new password' }),
  })
  .superRefine((input, context) => {
    if (input.newPassword !== input.confirmPassword) {
      context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two new passwords differ' });
    }
    if (input.newPassword === input.currentPassword) {
      context.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from the current one' });
    }
  });

/** Sign-in checks only presence and length: whether the email exists is never revealed. */
export const signInSchema = z.object({
  email: z.preprocess(
    (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : raw),
    z.string({ error: 'Enter your email' }).min(1, 'Enter your email').max(254, 'Email must be at most 254 characters'),
  ),
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(PASSWORD_LIMITS.max, 'Password too long'),
});
