import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import 'katex/dist/katex.min.css';
import 'highlight.js/styles/github.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Recall: ML interview prep',
  description: 'Spaced-repetition practice for machine-learning engineer interviews.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Render per request, never prerender: the inline scripts need this request's CSP nonce (see proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Recall
          </Link>
          <nav aria-label="Main">
            <Link href="/">Today</Link>
            <Link href="/review">Review</Link>
            <Link href="/browse">Browse</Link>
            <Link href="/mock">Mock interview</Link>
            <Link href="/progress">Progress</Link>
            <Link href="/stats">Statistics</Link>
            <Link href="/settings">Settings</Link>
          </nav>
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
