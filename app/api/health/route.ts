import { getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

/** Liveness and database check for scripts and tests: 200 once the server can read the database. */
export function GET() {
  const row = getDb().$client.prepare('select count(*) as cards from cards').get() as { cards: number };
  return Response.json({ ok: true, cards: row.cards });
}
