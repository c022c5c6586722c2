import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { listAppTables, quoteIdentifier } from './app-tables';
import type { Db } from './connection';

export type RestoreCheck = { ok: true; cards: number; reviews: number } | { ok: false; message: string };

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Checks that `file` can replace the live data, and brings it to the live schema: it must be a SQLite database that
 * passes `integrity_check`, whose migration history is this app's (possibly older: the missing migrations are then
 * applied, to `file` itself, so pass a temporary copy, never a database in use), holding every column of every
 * table the live database has, with no dangling foreign key. Nothing of the live database is written.
 */
export function checkRestoreCandidate(live: Db, file: string, migrationsFolder: string): RestoreCheck {
  if (!hasSqliteHeader(file)) return { ok: false, message: 'The file is not a SQLite database, so it is not a Recall backup.' };
  let copy: Database.Database;
  try {
    copy = new Database(file, { fileMustExist: true });
  } catch (error) {
    return { ok: false, message: `The file cannot be opened as a SQLite database (${reason(error)}).` };
  }
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, message: `The file is damaged: its integrity check reports "${String(integrity)}".` };
    const history = checkMigrationHistory(copy, migrationsFolder);
    if (history) return { ok: false, message: history };
    // What db/migrate.ts does, with the folder passed in: that module locates the folder with import.meta.url, which
    // the server's bundler cannot resolve, and the server's code is not where the migrations are.
    migrate(drizzle(copy), { migrationsFolder });
    // One self-contained file for ATTACH, with no -wal beside it.
    copy.pragma('journal_mode = DELETE');
    const missing = findMissingColumns(live, copy);
    if (missing) return { ok: false, message: `The file does not hold this app's data: ${missing}.` };
    const dangling = copy.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (dangling.length > 0) {
      const first = dangling[0]!;
      return {
        ok: false,
        message: `The file is inconsistent: ${dangling.length} row(s) refer to rows that do not exist (first: ${first.table} → ${first.parent}).`,
      };
    }
    const count = (table: string) => copy.prepare(`select count(*) from ${quoteIdentifier(table)}`).pluck().get() as number;
    return { ok: true, cards: count('cards'), reviews: count('review_logs') };
  } catch (error) {
    if (isCorruption(error)) return { ok: false, message: `The file is damaged (${reason(error)}).` };
    return { ok: false, message: `The file could not be read as a Recall database (${reason(error)}).` };
  } finally {
    copy.close();
  }
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** Null when every migration the file records is one of this app's; otherwise why the file is refused. */
function checkMigrationHistory(copy: Database.Database, migrationsFolder: string): string | null {
  const hasHistory = copy.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`).get();
  if (!hasHistory) return 'The file is a SQLite database, but not one of Recall\'s (it has no migration history).';
  const applied = copy.prepare('select hash from __drizzle_migrations').pluck().all() as string[];
  if (applied.length === 0) return 'The file is a SQLite database, but not one of Recall\'s (its migration history is empty).';
  const known = new Set(readMigrationFiles({ migrationsFolder }).map((migration) => migration.hash));
  const unknown = applied.filter((hash) => !known.has(hash));
  if (unknown.length > 0) {
    return (
      `The file was made by another application or a newer version of Recall: ${unknown.length} of its ` +
      `${applied.length} migrations are unknown here.`
    );
  }
  return null;
}

/** Null when the copy has every column of every live data table; otherwise the first one missing. */
function findMissingColumns(live: Db, copy: Database.Database): string | null {
  const copyTables = new Map(listAppTables(copy).map((table) => [table.name, new Set(table.columns)]));
  for (const table of listAppTables(live.$client)) {
    const columns = copyTables.get(table.name);
    if (!columns) return `it has no table "${table.name}"`;
    const missing = table.columns.find((column) => !columns.has(column));
    if (missing) return `its table "${table.name}" has no column "${missing}"`;
  }
  return null;
}

const isCorruption = (error: unknown) =>
  error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
