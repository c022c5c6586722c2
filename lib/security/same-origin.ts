/**
 * Whether a request that changes data was sent by one of the app's own pages: its Origin names the host the request
 * was sent to (X-Forwarded-Host behind a proxy, else Host), the check Next.js makes for server actions. Route
 * handlers do not get that check, so the ones that write call this. Unlike Next.js, a request without an Origin (or
 * with "null") is refused too: browsers send one with every POST, and these requests replace all the data.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
