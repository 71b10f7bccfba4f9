import type { Metadata } from 'next';
import Link from 'next/link';
import { NewUserForm } from '@/components/admin/account-forms';
import { requireUser } from '@/lib/auth/session';
import { queryAdminUsers } from '@/lib/data/admin-catalog';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const user = await requireUser('/admin/users');
  if (user.role !== 'admin') {
    return (
      <>
        <h1>Users</h1>
        <p className="admin-notice admin-notice--error" role="alert">Only an administrator can see and add users.</p>
      </>
    );
  }
  const users = await queryAdminUsers();
  return (
    <>
      <h1>Users</h1>
      <div className="table-scroll">
        <table className="admin-table">
          <thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Since</th></tr></thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id}>
                <td data-label="Email">{row.id === user.id ? row.email : <Link href={`/admin/users/${row.id}`}>{row.email}</Link>}</td>
                <td data-label="Name">{row.name}</td>
                <td data-label="Role">{row.role}</td>
                <td data-label="Status">{row.disabled ? 'disabled' : 'active'}</td>
                <td data-label="Since">{row.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>Open a user to set a new password for them or to disable them.</p>
      <h2>Add a user</h2>
      <NewUserForm />
    </>
  );
}
