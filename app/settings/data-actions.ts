'use server';

import path from 'node:path';
import { z } from 'zod';
import { backupDatabase } from '@/db/backup';
import { getDb } from '@/db/client';
import { backupDirectory } from '@/db/config';
import { type ActionResult, invalidInput } from '@/lib/action-result';

export interface BackupMade {
  /** The file's name in the backup folder: also its download path, /api/backups/<name>. */
  name: string;
  folder: string;
  cards: number;
  reviews: number;
}

/** Nothing to choose: the backup goes to BACKUP_DIR under a name from the time. Unknown keys are refused. */
const createBackupInput = z.strictObject({});

/** "Back up now": what `npm run backup` does (db/backup.ts), reported with the counts the check made. */
export async function createBackup(input: unknown): Promise<ActionResult<BackupMade>> {
  const parsed = createBackupInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const folder = backupDirectory();
  try {
    const report = await backupDatabase(getDb(), folder, new Date());
    const shown = path.relative(process.cwd(), folder);
    return {
      ok: true,
      data: { name: path.basename(report.file), folder: shown.startsWith('..') ? folder : shown, cards: report.cards, reviews: report.reviews },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The backup failed: ${reason}` };
  }
}
