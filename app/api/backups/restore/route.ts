import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDb } from '@/db/client';
import { backupDirectory } from '@/db/config';
import { optimizerJobs } from '@/app/settings/optimizer-jobs';
import { restoreDatabase } from '@/db/restore';
import type { ActionResult } from '@/lib/action-result';
import { refusal, refuseForeignOrigin, saveUpload } from '../../upload';

export const dynamic = 'force-dynamic';

/** A database of 100k cards and a million reviews is about 700 MB; the upload goes to disk, never to memory. */
const MAX_BYTES = 4 * 1024 * 1024 * 1024;

/** Migrations live beside the sources; the server runs from the project folder (npm start). */
const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export interface RestoreResult {
  cards: number;
  reviews: number;
  safetyBackup: string;
}

/**
 * Replaces all the data with a backup (the file as the request body): checked, then swapped in atomically after a
 * safety backup of the current data (db/restore.ts). A route handler so the upload streams to a temporary file,
 * which is also the copy the check migrates; it checks the Origin itself.
 */
export async function POST(request: Request): Promise<Response> {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const directory = await mkdtemp(path.join(tmpdir(), 'recall-restore-'));
  try {
    const file = path.join(directory, 'upload.db');
    const refused = await saveUpload(request, file, MAX_BYTES);
    if (refused) return refused;
    const outcome = restoreDatabase(getDb(), file, {
      backupDirectory: backupDirectory(),
      migrationsFolder: MIGRATIONS_FOLDER,
      now: new Date(),
    });
    if (!outcome.ok) return refusal(400, outcome.message);
    optimizerJobs().historyReplaced();
    return Response.json({ ok: true, data: outcome.report } satisfies ActionResult<RestoreResult>);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
