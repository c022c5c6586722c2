import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDb } from '@/db/client';
import { type ImportReport, importFullExport } from '@/db/full-import';
import type { ActionResult } from '@/lib/action-result';
import { readFullExport } from '@/lib/export/parse-full-export';
import { refusal, refuseForeignOrigin, saveUpload } from '../../upload';

export const dynamic = 'force-dynamic';

/**
 * A full export of 100k cards and a million reviews is about 650 MB; a gigabyte leaves room for long cards while
 * keeping the file (read whole, then parsed a record at a time) well within memory.
 */
const MAX_BYTES = 1024 * 1024 * 1024;

/**
 * Imports a full export (the file as the request body) into an empty instance. The whole file is checked before
 * anything is written (lib/export/parse-full-export.ts), and then written in one transaction (db/full-import.ts):
 * any problem leaves the database as it was. A route handler rather than a server action: it streams the upload to
 * a temporary file instead of buffering a multipart body, so it checks the Origin itself.
 */
export async function POST(request: Request): Promise<Response> {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const directory = await mkdtemp(path.join(tmpdir(), 'recall-import-'));
  try {
    const file = path.join(directory, 'export.json');
    const refused = await saveUpload(request, file, MAX_BYTES);
    if (refused) return refused;
    const read = readFullExport(await readFile(file));
    if (!read.ok) return Response.json(read satisfies ActionResult<never>, { status: 400 });
    const outcome = importFullExport(getDb(), read.source);
    if (!outcome.ok) return refusal(outcome.code === 'not-empty' ? 409 : 400, outcome.message);
    return Response.json({ ok: true, data: outcome.report } satisfies ActionResult<ImportReport>);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
