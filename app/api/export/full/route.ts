import { databasePath } from '@/db/config';
import { fullExportChunks } from '@/db/queries/full-export';
import { openReadSnapshot } from '@/db/read-snapshot';
import { dateKey } from '@/lib/statistics/calendar';

export const dynamic = 'force-dynamic';

/**
 * Everything as one JSON file (lib/export/full-export-schema.ts), streamed a page of records at a time. It reads
 * through a connection of its own inside one read transaction, so the file is a consistent snapshot however long the
 * download takes, and the app's own connection keeps serving meanwhile.
 */
export function GET() {
  const now = new Date();
  const snapshot = openReadSnapshot(databasePath());
  const chunks = fullExportChunks(snapshot.db, now);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      try {
        const next = chunks.next();
        if (next.done) {
          snapshot.close();
          controller.close();
        } else {
          controller.enqueue(encoder.encode(next.value));
        }
      } catch (error) {
        snapshot.close();
        controller.error(error);
      }
    },
    cancel() {
      snapshot.close();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="recall-export-${dateKey(now)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
