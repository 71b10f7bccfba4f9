import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './admin.css';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · Humanitarian figures' }, robots: { index: false } };

/** The admin area: its own styles; the signed-in pages add the navigation (see (signed-in)/layout.tsx). */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="admin">{children}</div>;
}
