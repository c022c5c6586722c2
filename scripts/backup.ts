/**
 * npm run backup: an online backup of the database to BACKUP_DIR (default data/backups), safe while the app runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '@/db/backup';
import { backupDirectory, databasePath } from '@/db/config';
import { openDatabase } from '@/db/connection';

/** A path relative to the working directory when it is inside it, absolute otherwise. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

const source = databasePath();
if (!existsSync(source)) {
  console.error(`There is no database at ${source} to back up (DATABASE_PATH).`);
  process.exit(1);
}
const db = openDatabase(source);
try {
  const report = await backupDatabase(db, backupDirectory(), new Date());
  console.log(`Backed up ${shown(source)} to ${shown(report.file)}: ${report.cards} cards, ${report.reviews} reviews, integrity checked.`);
} finally {
  db.$client.close();
}
