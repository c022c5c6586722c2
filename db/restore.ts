import path from 'node:path';
import type Database from 'better-sqlite3';
import { listAppTables, quoteIdentifier } from './app-tables';
import { snapshotDatabase } from './backup';
import type { Db } from './connection';
import { checkRestoreCandidate } from './restore-check';

export type RestoreOutcome =
  | { ok: true; report: { cards: number; reviews: number; safetyBackup: string } }
  | { ok: false; message: string };

const SOURCE = 'restore_source';

/**
 * Replaces every row of the live database with those of the backup `file`, without closing the app's connection:
 * the file is checked first (checkRestoreCandidate: it is migrated in place, so pass a temporary copy), then the
 * current data is backed up to `backupDirectory` as `recall-before-restore-...db`, then the swap happens in one
 * immediate transaction. A refused file, or a failure anywhere, leaves the live data as it was.
 */
export function restoreDatabase(
  db: Db,
  file: string,
  options: { backupDirectory: string; migrationsFolder: string; now: Date },
): RestoreOutcome {
  const check = checkRestoreCandidate(db, file, options.migrationsFolder);
  if (!check.ok) return { ok: false, message: `${check.message} Nothing was changed.` };
  // The safety copy and the swap run in one synchronous stretch: no request can write between them, so a review
  // acknowledged just before the restore is in the safety copy, never lost between the two.
  let safety: string;
  try {
    safety = snapshotDatabase(db, options.backupDirectory, options.now, 'recall-before-restore').file;
  } catch (error) {
    return { ok: false, message: `The current data could not be backed up first (${reason(error)}), so nothing was changed.` };
  }
  try {
    replaceAllRows(db.$client, file);
  } catch (error) {
    return { ok: false, message: `The restore failed and was undone (${reason(error)}); nothing was changed.` };
  }
  return { ok: true, report: { cards: check.cards, reviews: check.reviews, safetyBackup: path.basename(safety) } };
}

/**
 * The swap. `file` is attached (ATTACH cannot run inside a transaction), then in one immediate transaction every
 * data table (listAppTables) is emptied and refilled from it with explicit column lists, rowids included so row
 * order and full-text rowids are kept. Foreign keys are checked at commit, once both sides are complete. Triggers
 * keep derived data in step as rows go and come: `area_versions` rises for every area touched (so nothing cached
 * against a version can be served for the new data) and trigger-maintained full-text indexes follow their tables;
 * external-content FTS5 indexes are then rebuilt as well, so they match even without triggers.
 */
function replaceAllRows(client: Database.Database, file: string) {
  client.prepare(`attach database ? as ${SOURCE}`).run(file);
  try {
    client
      .transaction(() => {
        client.pragma('defer_foreign_keys = on');
        const tables = listAppTables(client);
        for (const table of tables) client.prepare(`delete from main.${quoteIdentifier(table.name)}`).run();
        for (const table of tables) {
          const columns = [...(table.separateRowid ? ['rowid'] : []), ...table.columns.map(quoteIdentifier)].join(', ');
          const name = quoteIdentifier(table.name);
          client.prepare(`insert into main.${name} (${columns}) select ${columns} from ${SOURCE}.${name}`).run();
        }
        for (const index of externalContentFtsTables(client)) {
          client.prepare(`insert into main.${quoteIdentifier(index)} (${quoteIdentifier(index)}) values ('rebuild')`).run();
        }
      })
      .immediate();
  } finally {
    client.prepare(`detach database ${SOURCE}`).run();
  }
}

/** FTS5 tables that index another table (content=...): the ones 'rebuild' refills from their content table. */
function externalContentFtsTables(client: Database.Database): string[] {
  const virtual = client.prepare(`select name, sql from main.sqlite_master where type = 'table' and sql like 'create virtual table%'`).all() as {
    name: string;
    sql: string;
  }[];
  return virtual
    .filter((table) => /using\s+fts5\s*\(/i.test(table.sql) && /\bcontent\s*=\s*(?!''|"")['"]?\w/i.test(table.sql))
    .map((table) => table.name);
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
