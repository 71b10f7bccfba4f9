import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/account-forms';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser('/admin/account');
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{user.email}</strong> ({user.role}).
      </p>
      <h2>Change your password</h2>
      <ChangePasswordForm />
    </>
  );
}
