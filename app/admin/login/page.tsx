import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/account-forms';
import { getCurrentUser } from '@/lib/auth/session';
import { safeReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; signedOut?: string }> }) {
  const { next, signedOut } = await searchParams;
  const returnPath = safeReturnPath(next);
  if (await getCurrentUser()) redirect(returnPath);
  return (
    <div className="admin-login">
      <h1>Sign in to edit figures</h1>
      {signedOut ? (
        <p className="admin-notice admin-notice--success" role="status">
          You are signed out.
        </p>
      ) : null}
      <SignInForm returnPath={returnPath} />
    </div>
  );
}
