/**
 * Liveness without touching the database: what the benchmark compares the review action against (the cost of a
 * request through Next.js alone), and what it polls to time the server's start.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response('ok');
}
