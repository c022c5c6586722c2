import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { importFullExport } from '@/db/full-import';
import { fullExportChunks } from '@/db/queries/full-export';
import { recordReview } from '@/db/queries/reviews';
import { readFullExport } from '@/lib/export/parse-full-export';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { SAMPLE_BANKS, fillSampleCollection, snapshotDataTables } from '../fixtures/sample-collection';
import { createTestDb, snapshotTables, syncText } from '../fixtures/test-db';

const start = new Date('2026-03-02T09:00:00.000Z');
const later = new Date('2026-03-20T09:00:00.000Z');
const opened: (() => void)[] = [];

function database() {
  const testDb = createTestDb();
  opened.push(testDb.cleanup);
  return testDb.db;
}

/** A new instance as the start-up leaves it: migrated, the banks synced, nothing else. */
function emptyInstance(): Db {
  const db = database();
  syncText(db, SAMPLE_BANKS, later);
  return db;
}

const exportText = (db: Db, now: Date) => [...fullExportChunks(db, now)].join('');

function importText(db: Db, text: string) {
  const read = readFullExport(Buffer.from(text));
  if (!read.ok) return read;
  return importFullExport(db, read.source);
}

let source: Db;
beforeEach(() => {
  source = database();
  fillSampleCollection(source, start);
});
afterEach(() => {
  for (const cleanup of opened.splice(0)) cleanup();
});

describe('the full export', () => {
  it('round trips: imported into an empty instance it exports identically, and the tables hold the same rows', () => {
    const first = exportText(source, later);
    const file = JSON.parse(first) as Record<string, unknown[]>;
    expect(file).toMatchObject({ format: 'recall-export', version: 1, exportedAt: later.toISOString() });
    expect(file.cards!.length).toBe(9);
    // Everything a card row can hold is in the sample: retired, suspended, buried, personal, studied.
    const cardsById = new Map((file.cards as { id: string }[]).map((card) => [card.id, card]));
    expect(cardsById.get('la-retired')).toMatchObject({ retiredAt: expect.any(String) as unknown });
    expect(cardsById.get('la-2')).toMatchObject({ suspendedAt: expect.any(String) as unknown, state: 'review' });
    expect(cardsById.get('la-3')).toMatchObject({ buriedUntil: expect.any(String) as unknown });
    expect(cardsById.get('my-what-is-a-rank-1a2b3c4d5e')).toMatchObject({ origin: 'personal', content: { source: { keyPoints: ['column space'] } } });
    expect(file.reviewLogs!.length).toBeGreaterThan(10);
    expect(file.mockSessions!.length).toBe(1);
    expect(file.mockAnswers!.length).toBe(3);

    const target = emptyInstance();
    const outcome = importText(target, first);
    expect(outcome).toMatchObject({ ok: true, report: { cards: 9, personalCards: 2, mockSessions: 1, settings: true } });

    const second = JSON.parse(exportText(target, new Date('2026-03-21T10:00:00.000Z'))) as Record<string, unknown>;
    expect({ ...second, exportedAt: null }).toEqual({ ...file, exportedAt: null });
    expect(snapshotDataTables(target)).toEqual(snapshotDataTables(source));
    // The search index follows the imported contents through its triggers (db/migrations/0005).
    const search = (db: Db) => db.$client.prepare(`select card_id from card_contents where rowid in (select rowid from card_search where card_search match 'rank')`).pluck().all();
    expect(search(target)).toEqual(['my-what-is-a-rank-1a2b3c4d5e']);
    expect(() => target.$client.prepare(`insert into card_search(card_search) values ('integrity-check')`).run()).not.toThrow();
  });

  it('survives the next start-up sync: bank cards whose content is unchanged are left alone', () => {
    const target = emptyInstance();
    expect(importText(target, exportText(source, later))).toMatchObject({ ok: true });
    const imported = snapshotDataTables(target);
    const report = syncText(target, SAMPLE_BANKS, new Date('2026-03-22T09:00:00.000Z'));
    expect(report).toMatchObject({ added: 0, updated: 0, retired: 0, restored: 0 });
    expect(snapshotDataTables(target)).toEqual(imported);
  });

  it('reads the file however it is laid out: an export re-indented by an editor imports the same', () => {
    const text = exportText(source, later);
    const target = emptyInstance();
    expect(importText(target, JSON.stringify(JSON.parse(text), null, 2))).toMatchObject({ ok: true });
    expect(snapshotDataTables(target)).toEqual(snapshotDataTables(source));
  });

  it('is written a page at a time, each record on a line of its own', () => {
    const chunks = [...fullExportChunks(source, later)];
    expect(chunks.length).toBeGreaterThan(5);
    const lines = chunks.join('').split('\n');
    expect(lines.filter((line) => line.startsWith('{"id":"la-')).length).toBe(6);
  });

  it('refuses a malformed file, naming the record, and changes nothing', () => {
    const file = JSON.parse(exportText(source, later)) as { cards: Record<string, unknown>[]; reviewLogs: Record<string, unknown>[] };
    const target = emptyInstance();
    const before = snapshotTables(target);
    const broken = (change: (copy: typeof file) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return importText(target, JSON.stringify(copy));
    };

    expect(broken((copy) => (copy.cards[3]!.state = 'forgotten'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The file was not imported, nothing was changed: cards\[3\]\.state: /) as unknown,
    });
    expect(broken((copy) => (copy.reviewLogs[1]!.rating = 5))).toMatchObject({
      ok: false,
      message: expect.stringContaining('reviewLogs[1].rating: must be 1, 2, 3 or 4') as unknown,
    });
    expect(broken((copy) => (copy.cards[0]!.stability = 'NaN'))).toMatchObject({ ok: false, message: expect.stringContaining('cards[0].stability') as unknown });
    expect(broken((copy) => ((copy.cards[2]!.content as { source: { prompt: string } }).source.prompt = ''))).toMatchObject({
      ok: false,
      message: expect.stringContaining('cards[2].content.source.prompt: must not be empty') as unknown,
    });
    expect(broken((copy) => (copy.reviewLogs[0]!.cardId = 'la-nowhere'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('reviewLogs[0].cardId: there is no card "la-nowhere" in the file') as unknown,
    });
    expect(broken((copy) => (copy.reviewLogs[2]!.id = copy.reviewLogs[1]!.id))).toMatchObject({
      ok: false,
      message: expect.stringContaining('appears more than once') as unknown,
    });
    expect(broken((copy) => ((copy as Record<string, unknown>).version = 2))).toMatchObject({
      ok: false,
      message: expect.stringContaining('version: is 2; this version of Recall reads version 1') as unknown,
    });
    expect(importText(target, JSON.stringify({ hello: 'world' }))).toMatchObject({ ok: false });
    expect(importText(target, exportText(source, later).replace('{"format"', '{"__proto__":{"polluted":true},"format"'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('__proto__') as unknown,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A formula that does not render is refused like the banks' and the personal cards' own checks refuse it.
    expect(broken((copy) => ((copy.cards[2]!.content as { source: { prompt: string } }).source.prompt = 'Broken $\\frac{1}{$ math'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('cards[2].content.source.prompt') as unknown,
    });
    expect(snapshotTables(target)).toEqual(before);
  });

  it('imports only into an empty instance, and otherwise explains why and changes nothing', () => {
    const text = exportText(source, later);
    const target = emptyInstance();
    recordReview(target, createScheduler(DEFAULT_SETTINGS), { reviewId: randomUUID(), cardId: 'la-4', rating: 3, durationMs: 1, source: 'daily' }, later);
    const before = snapshotTables(target);
    const outcome = importText(target, text);
    expect(outcome).toMatchObject({ ok: false, code: 'not-empty', message: expect.stringContaining('1 review, 1 card studied') as unknown });
    expect(snapshotTables(target)).toEqual(before);

    // The source itself is as full as an instance gets.
    expect(importText(source, text)).toMatchObject({ ok: false, code: 'not-empty' });
  });
});
