import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Humanitarian figures', template: '%s · Humanitarian figures' },
  description: 'The numbers quoted in crisis reporting, with their source, hedge, place, date and sentence.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a href="/" className="site-title">
            Humanitarian figures
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
