import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { recordReview } from '@/db/queries/reviews';
import { cardContents, cards, reviewLogs } from '@/db/schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { bankText, createTestDb, syncText } from '../fixtures/test-db';

const t0 = new Date('2026-03-02T09:00:00.000Z');
const t1 = new Date('2026-03-03T09:00:00.000Z');
let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = createTestDb());
});
afterEach(() => cleanup());

const activeIds = () =>
  db
    .select({ id: cards.id, retiredAt: cards.retiredAt })
    .from(cards)
    .all()
    .filter((row) => row.retiredAt === null)
    .map((row) => row.id)
    .sort();

describe('syncQuestionBanks', () => {
  it('adds new cards with rendered content', () => {
    const report = syncText(db, bankText(['la-a', 'la-b']), t0);
    expect(report).toEqual({ added: 2, updated: 0, retired: 0, restored: 0, unchanged: 0 });
    expect(activeIds()).toEqual(['la-a', 'la-b']);
    const content = db.select().from(cardContents).where(eq(cardContents.cardId, 'la-a')).get()!;
    expect(content.rendered.prompt).toBe('<p>Question la-a?</p>');
    expect(content.rendered.answer).toContain('class="katex"');
    expect(content.sourceFile).toBe('questions/test.md');
  });

  it('is idempotent: a second sync of the same files writes nothing', () => {
    syncText(db, bankText(['la-a', 'la-b']), t0);
    const changesBefore = db.$client.prepare('select total_changes() as n').get() as { n: number };
    const report = syncText(db, bankText(['la-a', 'la-b']), t1);
    const changesAfter = db.$client.prepare('select total_changes() as n').get() as { n: number };
    expect(report).toEqual({ added: 0, updated: 0, retired: 0, restored: 0, unchanged: 2 });
    expect(changesAfter.n).toBe(changesBefore.n);
  });

  it('updates an edited card in place, keeping its schedule and review history', () => {
    syncText(db, bankText(['la-a']), t0);
    const scheduler = createScheduler(DEFAULT_SETTINGS);
    const reviewId = '00000000-0000-4000-8000-000000000001';
    recordReview(db, scheduler, { reviewId, cardId: 'la-a', rating: 3, durationMs: 1000, source: 'daily' }, t0);
    const before = db.select().from(cards).where(eq(cards.id, 'la-a')).get()!;

    const report = syncText(db, bankText(['la-a']).replace('Question la-a?', 'Reworded question?'), t1);

    expect(report.updated).toBe(1);
    const after = db.select().from(cards).where(eq(cards.id, 'la-a')).get()!;
    expect({ ...after, updatedAt: before.updatedAt }).toEqual(before);
    expect(db.select().from(reviewLogs).all().map((log) => log.id)).toEqual([reviewId]);
    const content = db.select().from(cardContents).where(eq(cardContents.cardId, 'la-a')).get()!;
    expect(content.rendered.prompt).toBe('<p>Reworded question?</p>');
  });

  it('retires a card that left the files and restores it, with its history, when it returns', () => {
    syncText(db, bankText(['la-a', 'la-b']), t0);
    const scheduler = createScheduler(DEFAULT_SETTINGS);
    recordReview(
      db,
      scheduler,
      { reviewId: '00000000-0000-4000-8000-000000000002', cardId: 'la-b', rating: 4, durationMs: 1, source: 'daily' },
      t0,
    );

    expect(syncText(db, bankText(['la-a']), t1)).toMatchObject({ retired: 1 });
    expect(activeIds()).toEqual(['la-a']);
    expect(db.select().from(reviewLogs).all()).toHaveLength(1);

    expect(syncText(db, bankText(['la-a', 'la-b']), t1)).toMatchObject({ restored: 1, retired: 0 });
    expect(activeIds()).toEqual(['la-a', 'la-b']);
    expect(db.select().from(cards).where(eq(cards.id, 'la-b')).get()!.state).toBe('review');
  });

  it('writes nothing when a changed card has math that does not render', () => {
    syncText(db, bankText(['la-a']), t0);
    const broken = bankText(['la-a', 'la-b']).replace('Answer la-b with $\\lambda$.', 'Answer $\\frac{1$.');
    expect(() => syncText(db, broken, t1)).toThrow(/questions\/test\.md:\d+: answer: Could not render math/);
    expect(activeIds()).toEqual(['la-a']);
  });
});
