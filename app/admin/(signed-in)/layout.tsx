import Link from 'next/link';
import type { ReactNode } from 'react';
import { requireUser } from '@/lib/auth/session';
import { signOutAction } from '@/lib/actions/account-actions';

/** Navigation and sign-out for signed-in users. Each page checks the session itself as well. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <nav className="admin-nav" aria-label="Admin">
        <ul>
          <li><Link href="/admin">Figures</Link></li>
          <li><Link href="/admin/reports">Reports</Link></li>
          <li><Link href="/admin/sources">Sources</Link></li>
          <li><Link href="/admin/places">Places</Link></li>
          <li><Link href="/admin/import">Import</Link></li>
          {user.role === 'admin' ? <li><Link href="/admin/users">Users</Link></li> : null}
        </ul>
        <div className="admin-nav-user">
          <Link href="/admin/account" title="Your account">{user.name ?? user.email}</Link>
          <span className="admin-role">{user.role}</span>
          <form action={signOutAction}>
            <button type="submit" className="admin-button admin-button--plain">Sign out</button>
          </form>
        </div>
      </nav>
      {children}
    </>
  );
}
