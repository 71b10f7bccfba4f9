import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { MARK_SCRIPTING } from '@/lib/http/inline-scripts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Humanitarian figures', template: '%s · Humanitarian figures' },
  description: 'The numbers quoted in crisis reporting, with their source, hedge, place, date and sentence.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// A long page arrives after its loading skeleton, in a hidden block that a script moves into place. Without
// JavaScript nothing moves it, so hide the skeleton and show the page's content where it arrived.
const WITHOUT_SCRIPTING =
  '<style>.skeleton{display:none}body>div[hidden][id^="S:"]{display:block}body{display:flex;flex-direction:column}.site-footer{order:1}</style>';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Charts only draw in the browser: without JavaScript their empty frames are hidden and the tables stand alone. */}
        <script dangerouslySetInnerHTML={{ __html: MARK_SCRIPTING }} />
        <noscript dangerouslySetInnerHTML={{ __html: WITHOUT_SCRIPTING }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-title">
            Humanitarian figures
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <Link href="/">Overview</Link>
              </li>
              <li>
                <Link href="/reports">Reports</Link>
              </li>
              <li>
                <a href="/admin">Admin</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Figures are shown as the reports word them. A hedged figure is drawn as the range it allows; a vague word such as
            “hundreds” is never turned into a single number.
          </p>
        </footer>
      </body>
    </html>
  );
}
