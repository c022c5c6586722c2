import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupFileName } from '@/db/backup';
import { type Db, openDatabase } from '@/db/connection';
import { recordReview } from '@/db/queries/reviews';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { bankText, createTestDb, snapshotTables, syncText } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;
const now = new Date(2026, 10, 23, 14, 30, 5);

beforeEach(() => {
  ({ db, cleanup } = createTestDb());
  syncText(db, [bankText(['la-1', 'la-2', 'la-3'])], now);
  const scheduler = createScheduler(DEFAULT_SETTINGS);
  for (const cardId of ['la-1', 'la-2']) {
    recordReview(db, scheduler, { reviewId: randomUUID(), cardId, rating: 3, durationMs: 3000, source: 'daily' }, now);
  }
});
afterEach(() => cleanup());

describe('backing up the database', () => {
  it('copies every row into a timestamped file that opens on its own', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'recall-backups-'));
    const report = await backupDatabase(db, directory, now);
    expect(path.basename(report.file)).toBe('recall-2026-11-23-143005.db');
    expect(report).toMatchObject({ cards: 3, reviews: 2 });
    const copy = openDatabase(report.file);
    try {
      expect(snapshotTables(copy)).toEqual(snapshotTables(db));
    } finally {
      copy.$client.close();
    }
  });

  it('refuses to overwrite a backup taken the same second', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'recall-backups-'));
    await backupDatabase(db, directory, now);
    await expect(backupDatabase(db, directory, now)).rejects.toThrow(/already exists/);
    expect(readdirSync(directory)).toEqual([backupFileName(now)]);
  });
});
