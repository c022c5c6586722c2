import { getDb } from '@/db/client';
import { type ReviewLogCursor, getReviewLogPage } from '@/db/queries/review-export';
import { REVLOG_HEADER, revlogLine } from '@/lib/export/revlog-csv';
import { dateKey } from '@/lib/statistics/calendar';

export const dynamic = 'force-dynamic';

const PAGE = 5_000;

/** The whole review history as CSV for the FSRS optimizers, streamed a page at a time. */
export function GET() {
  const db = getDb();
  const encoder = new TextEncoder();
  let cursor: ReviewLogCursor | null = null;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const rows = getReviewLogPage(db, cursor, PAGE);
      const lines = rows.map((row) => `${revlogLine(row)}\n`).join('');
      controller.enqueue(encoder.encode(started ? lines : `${REVLOG_HEADER}\n${lines}`));
      started = true;
      const last = rows[rows.length - 1];
      if (rows.length < PAGE || !last) controller.close();
      else cursor = { reviewedAt: last.reviewedAt, id: last.id };
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="recall-revlog-${dateKey(new Date())}.csv"`,
    },
  });
}
