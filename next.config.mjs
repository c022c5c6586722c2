/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons (better-sqlite3; the FSRS optimizer's fsrs-rs binding): load them from node_modules at run time
  // instead of bundling them.
  serverExternalPackages: ['better-sqlite3', '@open-spaced-repetition/binding'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The card import (app/import) posts files of up to 5 MB; the default limit is 1 MB. The margin is the form's
  // other fields and the multipart framing.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // Every response, pages and assets alike. The Content-Security-Policy needs a nonce per request: see proxy.ts.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'no-referrer' },
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
      ],
    },
  ],
};

export default nextConfig;
