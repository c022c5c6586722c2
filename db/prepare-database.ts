import { loadQuestionBanks } from '@/lib/questions/load-banks';
import { formatBankError } from '@/lib/questions/parse-bank';
import { type Db, openDatabase } from './connection';
import { migrateDatabase } from './migrate';
import { type SyncReport, syncQuestionBanks } from './sync-banks';

/** A start-up problem the person has to fix (a bank file, the database file); printed without a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * What the app needs before it serves: the bank files valid, the database open, migrated and in sync with the
 * banks. The banks are validated before the database is touched, so a malformed file changes nothing.
 */
export function prepareDatabase(options: { databaseFile: string; questionsDir: string; now: Date }): {
  db: Db;
  sync: SyncReport;
  cardsInBanks: number;
} {
  const banks = loadQuestionBanks(options.questionsDir);
  if (banks.errors.length > 0) {
    const lines = banks.errors.map(formatBankError).join('\n');
    throw new StartupError(`The question banks are invalid; nothing was changed.\n${lines}`);
  }
  const db = openExistingOrNew(options.databaseFile);
  try {
    migrateDatabase(db);
    const sync = syncQuestionBanks(db, banks.cards, options.now);
    return { db, sync, cardsInBanks: banks.cards.length };
  } catch (error) {
    db.$client.close();
    throw error;
  }
}

function openExistingOrNew(file: string): Db {
  try {
    return openDatabase(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot open the database ${file}: ${reason}.\n` +
        'The file was left as it is. Restore a backup, or set DATABASE_PATH to another file.',
    );
  }
}
