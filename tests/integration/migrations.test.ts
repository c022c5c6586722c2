import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { MIGRATIONS_FOLDER, migrateDatabase } from '@/db/migrate';

interface Journal {
  entries: { idx: number; tag: string }[];
}

const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
const temporary: string[] = [];

function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'recall-migrations-'));
  temporary.push(dir);
  return dir;
}

/** A migrations folder holding only the first `count` migrations: the schema as an older release shipped it. */
function migrationsUpTo(count: number): string {
  const folder = path.join(tempDir(), 'migrations');
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) cpSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

const tables = (file: string) => {
  const db = openDatabase(file);
  const names = db.$client
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
    .pluck()
    .all();
  db.$client.close();
  return names;
};

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('apply to an empty file', () => {
    const file = path.join(tempDir(), 'empty.db');
    const db = openDatabase(file);
    migrateDatabase(db);
    const applied = db.$client.prepare('select count(*) from __drizzle_migrations').pluck().get();
    db.$client.close();
    expect(applied).toBe(journal.entries.length);
    expect(tables(file)).toEqual([
      '__drizzle_migrations',
      'app_settings',
      'area_versions',
      'card_contents',
      // The full-text index and the shadow tables FTS5 keeps it in.
      'card_search',
      'card_search_config',
      'card_search_content',
      'card_search_data',
      'card_search_docsize',
      'card_search_idx',
      'cards',
      'mock_answers',
      'mock_sessions',
      'review_logs',
    ]);
  });

  it('upgrade a database created by the first migration and filled with reviews without losing a row', () => {
    const file = path.join(tempDir(), 'old.db');
    const old = openDatabase(file);
    migrateDatabase(old, migrationsUpTo(1));
    // Rows written with the first schema's columns, as the first release wrote them.
    old.$client.exec(`
      insert into cards (id, area, subtopic, level, format, created_at, updated_at, state, due, stability, difficulty, reps)
        values ('la-a', 'linear-algebra', 'eigen', 'E', 'free-recall', 1, 1, 'review', 86400000, 3.2, 5.1, 2);
      insert into card_contents (card_id, content_hash, source, rendered)
        values ('la-a', 'h', '{"prompt":"Eigenvalues of a rotation?","answer":"A complex pair."}', '{"prompt":"","answer":""}');
      insert into review_logs (id, card_id, rating, source, reviewed_at, duration_ms, state_before, state_after)
        values ('r1', 'la-a', 3, 'daily', 1000, 5000, null, '{"state":"learning"}'),
               ('r2', 'la-a', 4, 'daily', 2000, 3000, '{"state":"learning"}', '{"state":"review"}');
      insert into app_settings (id, value, updated_at) values (1, '{"newCardsPerDay":7}', 1);
    `);
    old.$client.close();

    const upgraded = openDatabase(file);
    migrateDatabase(upgraded);
    const count = (table: string) => upgraded.$client.prepare(`select count(*) from ${table}`).pluck().get();
    expect([count('cards'), count('card_contents'), count('review_logs'), count('app_settings')]).toEqual([1, 1, 2, 1]);
    expect(upgraded.$client.prepare(`select stability, reps from cards where id = 'la-a'`).get()).toEqual({
      stability: 3.2,
      reps: 2,
    });
    // Cards already there are indexed for search by the migration that added it.
    expect(upgraded.$client.prepare(`select rowid from card_search where card_search match 'rotation'`).pluck().all()).toHaveLength(1);
    // Running the migrations again is a no-op.
    migrateDatabase(upgraded);
    expect(count('review_logs')).toBe(2);
    upgraded.$client.close();
  });
});
