import path from 'node:path';
import { databasePath } from '@/db/config';
import { StartupError, prepareDatabase } from '@/db/prepare-database';
import { BankSyncError } from '@/db/sync-banks';

/**
 * Validates the banks, migrates and syncs the database, and prints what changed; on a problem the person must fix
 * (a bank file, an unreadable database) prints it without a stack trace and exits 1.
 */
export function prepareOrExit(root: string): void {
  const databaseFile = databasePath();
  try {
    const started = performance.now();
    const { db, sync, cardsInBanks } = prepareDatabase({
      databaseFile,
      questionsDir: path.join(root, 'questions'),
      now: new Date(),
    });
    db.$client.close();
    const ms = Math.round(performance.now() - started);
    console.log(
      `Database ${path.relative(root, databaseFile) || databaseFile}: ${cardsInBanks} bank cards ` +
        `(${sync.added} added, ${sync.updated} updated, ${sync.restored} restored, ${sync.retired} retired) in ${ms} ms`,
    );
  } catch (error) {
    if (error instanceof StartupError || error instanceof BankSyncError) {
      console.error(`\nRecall cannot start.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
