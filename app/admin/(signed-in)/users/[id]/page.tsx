import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ResetPasswordForm, UserAccessForm } from '@/components/admin/account-forms';
import { requireUser } from '@/lib/auth/session';
import { queryAdminUser } from '@/lib/data/admin-users';
import { parseId } from '@/lib/data/ids';

export const metadata: Metadata = { title: 'User' };

/** An administrator's page for another user: set a new password, disable or enable. Each ends the user's sessions. */
export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requireUser(`/admin/users/${id}`);
  if (admin.role !== 'admin') {
    return (
      <>
        <h1>User</h1>
        <p className="admin-notice admin-notice--error" role="alert">Only an administrator can manage users.</p>
      </>
    );
  }
  const userId = parseId(id);
  if (userId === null) notFound();
  const user = await queryAdminUser(userId);
  if (!user) notFound();
  return (
    <>
      <p className="admin-breadcrumb"><Link href="/admin/users">Users</Link> /</p>
      <h1>{user.email}</h1>
      <p>
        {user.name ? `${user.name}, ` : ''}
        {user.role}, since {user.createdAt}. <strong>{user.disabled ? 'Disabled' : 'Active'}</strong>,{' '}
        {user.openSessions === 1 ? '1 open session' : `${user.openSessions} open sessions`}.
      </p>
      {user.id === admin.id ? (
        <p>This is your own account: <Link href="/admin/account">change your password under “Your account”</Link>.</p>
      ) : (
        <>
          <h2>{user.disabled ? 'Enable' : 'Disable'}</h2>
          <p>{user.disabled ? 'They will be able to sign in again.' : 'They will not be able to sign in, and every session of theirs ends now.'}</p>
          <UserAccessForm userId={user.id} disabled={user.disabled} />
          <h2>Set a new password</h2>
          <p>Every session of theirs ends now.</p>
          <ResetPasswordForm userId={user.id} />
        </>
      )}
    </>
  );
}
