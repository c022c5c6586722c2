import { randomUUID } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProgress } from '@/app/progress/load-progress';
import { listAppTables } from '@/db/app-tables';
import { backupDatabase } from '@/db/backup';
import { type Db, openDatabase } from '@/db/connection';
import { MIGRATIONS_FOLDER, migrateDatabase } from '@/db/migrate';
import { applyCardChange } from '@/db/queries/card-actions';
import { recordReview } from '@/db/queries/reviews';
import { getSettings, saveSettings } from '@/db/queries/settings';
import { restoreDatabase } from '@/db/restore';
import { createScheduler } from '@/lib/srs/scheduler';
import { SAMPLE_SETTINGS, fillSampleCollection } from '../fixtures/sample-collection';
import { createTestDb, snapshotTables } from '../fixtures/test-db';

const start = new Date('2026-03-02T09:00:00.000Z');
const backupTime = new Date('2026-03-10T09:00:00.000Z');
const restoreTime = new Date('2026-03-12T09:00:00.000Z');

let db: Db;
let dbFile: string;
let cleanupDb: () => void;
let work: string;
let backups: string;

beforeEach(() => {
  ({ db, file: dbFile, cleanup: cleanupDb } = createTestDb());
  fillSampleCollection(db, start);
  work = mkdtempSync(path.join(tmpdir(), 'recall-restore-test-'));
  backups = path.join(work, 'backups');
});
afterEach(() => {
  cleanupDb();
  rmSync(work, { recursive: true, force: true });
});

/** Every data table as `select *` returns it: row order included, since the restore keeps rowids. */
const dataSnapshot = (database: Db) => {
  const all = snapshotTables(database);
  return Object.fromEntries(listAppTables(database.$client).map((table) => [table.name, all[table.name]]));
};
const areaVersions = (database: Db) =>
  new Map(database.$client.prepare('select area, version from area_versions').all().map((row) => {
    const { area, version } = row as { area: string; version: number };
    return [area, version];
  }));

/** What the upload route hands the restore: a temporary copy of the uploaded file. */
function uploaded(file: string): string {
  const copy = path.join(work, `upload-${randomUUID()}.db`);
  copyFileSync(file, copy);
  return copy;
}

const restore = (file: string) => restoreDatabase(db, file, { backupDirectory: backups, migrationsFolder: MIGRATIONS_FOLDER, now: restoreTime });

/** Reviews, settings, a suspension lifted: everything a backup taken before should take back. */
function changeEverything() {
  const scheduler = createScheduler(SAMPLE_SETTINGS);
  for (const cardId of ['la-4', 'la-5', 'la-1']) {
    recordReview(db, scheduler, { reviewId: randomUUID(), cardId, rating: 3, durationMs: 1_000, source: 'daily' }, restoreTime);
  }
  applyCardChange(db, 'la-2', 'unsuspend', restoreTime, SAMPLE_SETTINGS);
  saveSettings(db, { ...SAMPLE_SETTINGS, newCardsPerDay: 40 }, restoreTime);
}

describe('restoring a backup', () => {
  it('loses nothing: every data table is as it was at backup time, on the same connection', async () => {
    const backup = await backupDatabase(db, backups, backupTime);
    const atBackup = dataSnapshot(db);
    const searchIndex = () => db.$client.prepare('select rowid, * from card_search order by rowid').all();
    const indexAtBackup = searchIndex();
    // Progress viewed before the restore, so its projection cache holds the changed data's projections.
    changeEverything();
    const progressBefore = loadProgress(db, getSettings(db), restoreTime);
    const changed = dataSnapshot(db);
    const versionsBefore = areaVersions(db);

    const outcome = await restore(uploaded(backup.file));
    expect(outcome).toMatchObject({ ok: true, report: { cards: 9, reviews: atBackup.review_logs!.length } });
    expect(dataSnapshot(db)).toEqual(atBackup);
    // The search index (db/migrations/0005, kept by triggers on card_contents) follows the restored contents.
    expect(searchIndex()).toEqual(indexAtBackup);
    expect(() => db.$client.prepare(`insert into card_search(card_search) values ('integrity-check')`).run()).not.toThrow();

    // The cache cannot serve the replaced data: every area's version moved forward.
    for (const [area, version] of versionsBefore) expect(areaVersions(db).get(area)!).toBeGreaterThan(version);
    const fresh = openDatabase(dbFile);
    try {
      const expected = loadProgress(fresh, getSettings(fresh), restoreTime);
      expect(loadProgress(db, getSettings(db), restoreTime)).toEqual(expected);
      expect(expected).not.toEqual(progressBefore);
    } finally {
      fresh.$client.close();
    }

    // The safety backup holds the data as it was just before the restore.
    const safety = path.join(backups, outcome.ok ? outcome.report.safetyBackup : '');
    expect(path.basename(safety)).toBe('recall-before-restore-2026-03-12-' + path.basename(safety).slice(-9));
    const before = openDatabase(safety);
    try {
      expect(dataSnapshot(before)).toEqual(changed);
    } finally {
      before.$client.close();
    }

    // And the app goes on working on the same connection.
    const review = recordReview(db, createScheduler(SAMPLE_SETTINGS), { reviewId: randomUUID(), cardId: 'la-5', rating: 3, durationMs: 1, source: 'daily' }, restoreTime);
    expect(review).toMatchObject({ ok: true });
  });

  it('keeps a full-text index maintained by triggers consistent', async () => {
    db.$client.exec(`
      create virtual table test_search using fts5(source, content='card_contents', content_rowid='rowid');
      insert into test_search(test_search) values ('rebuild');
      create trigger test_search_ai after insert on card_contents begin
        insert into test_search(rowid, source) values (new.rowid, new.source);
      end;
      create trigger test_search_ad after delete on card_contents begin
        insert into test_search(test_search, rowid, source) values ('delete', old.rowid, old.source);
      end;`);
    const search = (term: string) => db.$client.prepare('select count(*) from test_search where test_search match ?').pluck().get(term);
    const backup = await backupDatabase(db, backups, backupTime);
    db.$client.exec(`delete from card_contents where card_id = 'la-1'`);
    expect(search('column')).toBe(1);
    expect(await restore(uploaded(backup.file))).toMatchObject({ ok: true });
    expect(search('la')).toBeGreaterThan(0);
    expect(search('"Question la-1"')).toBe(1);
    expect(() => db.$client.prepare(`insert into test_search(test_search) values ('integrity-check')`).run()).not.toThrow();
  });

  it('restores a backup made by an older schema, migrating a copy first', async () => {
    const older = path.join(work, 'older.db');
    const olderDb = openDatabase(older);
    migrateDatabase(olderDb, migrationsUpTo(3));
    olderDb.$client.exec(`
      insert into cards (id, area, subtopic, level, format, origin, new_position, created_at, updated_at)
        values ('la-old', 'linear-algebra', 'eigen', 'E', 'free-recall', 'bank', 0.5, 1, 1);
      insert into card_contents (card_id, content_hash, source, rendered) values ('la-old', 'x', '{}', '{}');`);
    olderDb.$client.close();
    const migrationsBefore = db.$client.prepare('select * from __drizzle_migrations').all();

    expect(await restore(uploaded(older))).toMatchObject({ ok: true, report: { cards: 1, reviews: 0 } });
    expect(db.$client.prepare('select id, suspended_at, buried_until from cards').all()).toEqual([
      { id: 'la-old', suspended_at: null, buried_until: null },
    ]);
    expect(db.$client.prepare('select count(*) from review_logs').pluck().get()).toBe(0);
    // The live database's own migration history is not the file's.
    expect(db.$client.prepare('select * from __drizzle_migrations').all()).toEqual(migrationsBefore);
  });

  it('refuses a file that is not a Recall backup, or is damaged, and changes nothing', async () => {
    const backup = await backupDatabase(db, backups, backupTime);
    changeEverything();
    const before = snapshotTables(db);

    const text = path.join(work, 'notes.db');
    writeFileSync(text, 'just some text, not a database');
    const damaged = uploaded(backup.file);
    const bytes = readFileSync(damaged);
    // Overwrite everything after the first page (the schema) with noise: the tables' pages are gone.
    for (let index = 4096; index < bytes.length; index++) bytes[index] = (index * 7919) % 251;
    writeFileSync(damaged, bytes);
    const foreign = path.join(work, 'foreign.db');
    new Database(foreign).exec('create table notes (id integer primary key, body text)').close();
    const otherApp = path.join(work, 'other-app.db');
    new Database(otherApp)
      .exec(`create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric);
             insert into __drizzle_migrations (hash, created_at) values ('0123abcd', 1);
             create table cards (id text primary key)`)
      .close();
    const truncated = path.join(work, 'truncated.db');
    writeFileSync(truncated, readFileSync(backup.file).subarray(0, 50));

    const refusals = [
      [text, /not a SQLite database/],
      [damaged, /damaged/],
      [foreign, /not one of Recall's/],
      [otherApp, /another application or a newer version of Recall/],
      [truncated, /damaged/],
    ] as const;
    for (const [file, message] of refusals) {
      const outcome = await restore(uploaded(file));
      expect(outcome, path.basename(file)).toMatchObject({ ok: false, message: expect.stringMatching(message) as unknown });
      expect((outcome as { message: string }).message).toMatch(/Nothing was changed\.$/);
    }
    expect(snapshotTables(db)).toEqual(before);
    // No safety backup was needed: only the backup made above is there.
    expect(readdirSync(backups)).toEqual([path.basename(backup.file)]);
  });
});

/** A migrations folder with only the first `count` migrations: the schema an older release shipped. */
function migrationsUpTo(count: number): string {
  const folder = path.join(work, `migrations-${count}`);
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) cpSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}
