'use client';

import { useActionState } from 'react';
import { changePasswordAction, createUserAction, resetUserPasswordAction, setUserDisabledAction, signInAction } from '@/lib/actions/account-actions';
import { initialFormState } from '@/lib/forms/form-state';
import { ROLES } from '@/lib/figures/vocabulary';
import { PASSWORD_LIMITS } from '@/lib/validation/user';
import { FormMessage, SelectField, SubmitButton, TextField } from './form-controls';

/** Sign-in, password change, new-user and user-management forms. Passwords are never sent back to the page. */
export function SignInForm({ returnPath }: { returnPath: string }) {
  const [state, formAction] = useActionState(signInAction, initialFormState);
  return (
    <form action={formAction} className="admin-form admin-form--narrow" aria-label="Sign in">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={state.values?.next ?? returnPath} />
      <TextField name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.values?.email ?? ''} errors={state.fieldErrors?.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <div className="admin-actions">
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="admin-form admin-form--narrow" aria-label="Change password">
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_LIMITS.min} characters.`}
        required
        errors={errors.newPassword}
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <div className="admin-actions">
        <SubmitButton>Change password</SubmitButton>
      </div>
    </form>
  );
}

export function NewUserForm() {
  const [state, formAction] = useActionState(createUserAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const typed = state.status === 'saved' ? {} : (state.values ?? {});
  return (
    <form action={formAction} className="admin-form admin-form--narrow" aria-label="New user" key={state.status === 'saved' ? state.id : 'new'}>
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="off" required defaultValue={typed.email} errors={errors.email} />
      <TextField name="name" label="Name" defaultValue={typed.name} errors={errors.name} />
      <SelectField name="role" label="Role" required choices={ROLES.map((role) => ({ value: role, label: role }))} defaultValue={typed.role ?? 'editor'} errors={errors.role} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_LIMITS.min} characters; they can change it after signing in.`}
        required
        errors={errors.password}
      />
      <div className="admin-actions">
        <SubmitButton>Add user</SubmitButton>
      </div>
    </form>
  );
}

/** An administrator sets another user's password; that user's sessions end. */
export function ResetPasswordForm({ userId }: { userId: number }) {
  const [state, formAction] = useActionState(resetUserPasswordAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="admin-form admin-form--narrow" aria-label="Set a new password" key={state.status === 'saved' ? 'saved' : 'form'}>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_LIMITS.min} characters. Tell the user in person; they can change it after signing in.`}
        required
        errors={errors.newPassword}
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <div className="admin-actions">
        <SubmitButton>Set password</SubmitButton>
      </div>
    </form>
  );
}

/** Disables a user (they cannot sign in; their sessions end) or enables them again. */
export function UserAccessForm({ userId, disabled }: { userId: number; disabled: boolean }) {
  const [state, formAction] = useActionState(setUserDisabledAction, initialFormState);
  return (
    <form action={formAction} className="admin-form admin-form--narrow" aria-label={disabled ? 'Enable user' : 'Disable user'}>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <div className="admin-actions">
        <SubmitButton variant={disabled ? 'primary' : 'danger'}>{disabled ? 'Enable user' : 'Disable user'}</SubmitButton>
      </div>
    </form>
  );
}
