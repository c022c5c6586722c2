import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/headers';

/**
 * Gives every page request a fresh nonce and the CSP that allows it. Next.js reads the nonce from the request's
 * Content-Security-Policy header and puts it on the inline scripts it renders, which is why pages render per
 * request (the root layout opts into it).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Documents only: static assets, API routes and server-action calls carry no inline script, and prefetches reuse
  // the page's policy. (Skipping the proxy also spares every review submission its cost.)
  matcher: [
    {
      source: '/((?!_next/static|_next/image|api/|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-action' },
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
