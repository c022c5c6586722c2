import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeCard } from '@/app/cards/[id]/actions';
import type { Db } from '@/db/connection';
import { getDrawCandidates } from '@/db/queries/mock-sessions';
import { getReviewQueue } from '@/db/queries/review-queue';
import { recordReview } from '@/db/queries/reviews';
import { cards, reviewLogs } from '@/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-1', 'la-2', 'la-3'])]));
  recordReview(db, createScheduler(DEFAULT_SETTINGS), { reviewId: randomUUID(), cardId: 'la-1', rating: 1, durationMs: 2000, source: 'daily' }, new Date());
});
afterAll(() => cleanup());

const queued = (now = new Date()) => {
  const queue = getReviewQueue(db, { now, settings: DEFAULT_SETTINGS });
  return [...queue.due, ...queue.fresh].map((card) => card.id).sort();
};
const drawable = () => getDrawCandidates(db, ['linear-algebra'], [], new Date()).map((card) => card.id).sort();
const rowOf = (id: string) => db.select().from(cards).where(eq(cards.id, id)).get()!;
const memoryOf = (id: string) => {
  const { suspendedAt: _suspended, buriedUntil: _buried, updatedAt: _updated, ...row } = rowOf(id);
  return row;
};

describe('changing a card from its page', () => {
  it('suspends it out of reviews and mocks until unsuspended, its memory state untouched', async () => {
    expect(queued()).toEqual(['la-1', 'la-2', 'la-3']);
    const before = memoryOf('la-1');
    expect(await changeCard({ cardId: 'la-1', change: 'suspend' })).toEqual({ ok: true, data: { change: 'suspend' } });
    expect(await changeCard({ cardId: 'la-3', change: 'suspend' })).toMatchObject({ ok: true });
    expect(queued()).toEqual(['la-2']);
    expect(drawable()).toEqual(['la-2']);
    expect(await changeCard({ cardId: 'la-1', change: 'unsuspend' })).toMatchObject({ ok: true });
    await changeCard({ cardId: 'la-3', change: 'unsuspend' });
    expect(queued()).toEqual(['la-1', 'la-2', 'la-3']);
    expect(memoryOf('la-1')).toEqual(before);
  });

  it('buries it for the rest of the review day: back tomorrow, still in mocks', async () => {
    await changeCard({ cardId: 'la-2', change: 'bury' });
    expect(queued()).toEqual(['la-1', 'la-3']);
    expect(drawable()).toContain('la-2');
    const tomorrow = new Date(rowOf('la-2').buriedUntil!.getTime() + 60_000);
    expect(queued(tomorrow)).toContain('la-2');
    await changeCard({ cardId: 'la-2', change: 'unbury' });
    expect(queued()).toEqual(['la-1', 'la-2', 'la-3']);
  });

  it('resets it to new, keeping its review history', async () => {
    expect(rowOf('la-1').state).not.toBe('new');
    await changeCard({ cardId: 'la-1', change: 'reset' });
    expect(rowOf('la-1')).toMatchObject({ state: 'new', due: null, stability: 0, reps: 0, lastReview: null });
    expect(db.select().from(reviewLogs).where(eq(reviewLogs.cardId, 'la-1')).all()).toHaveLength(1);
  });

  it('marks it as known: a year before it comes back, no review logged, reps and lapses kept', async () => {
    const logsBefore = db.select().from(reviewLogs).all().length;
    const { reps, lapses } = rowOf('la-2');
    const now = new Date();
    expect(await changeCard({ cardId: 'la-2', change: 'known' })).toMatchObject({ ok: true });
    const row = rowOf('la-2');
    expect(row).toMatchObject({ state: 'review', stability: 365, reps, lapses });
    // The difficulty a first "Easy" gets: FSRS's lowest, within its 1-10 range.
    expect(row.difficulty).toBeGreaterThanOrEqual(1);
    expect(row.difficulty).toBeLessThanOrEqual(10);
    const firstEasy = createScheduler(DEFAULT_SETTINGS).grade({ id: 'la-3', area: 'linear-algebra' }, null, 4, now);
    expect(row.difficulty).toBeCloseTo(firstEasy.difficulty, 6);
    // At the default 90% desired retention FSRS's interval equals the stability.
    const daysAway = (row.due!.getTime() - now.getTime()) / 86_400_000;
    expect(daysAway).toBeGreaterThan(364);
    expect(daysAway).toBeLessThan(366);
    expect(db.select().from(reviewLogs).all()).toHaveLength(logsBefore);
    expect(queued()).not.toContain('la-2');
    expect(queued(new Date(row.due!.getTime() + 60_000))).toContain('la-2');
  });

  it('refuses an unknown card or a malformed request and writes nothing', async () => {
    const before = snapshotTables(db);
    expect(await changeCard({ cardId: 'no-such-card', change: 'suspend' })).toMatchObject({ ok: false, message: expect.stringMatching(/no card/) });
    expect(await changeCard({ cardId: 'la-2', change: 'delete' })).toMatchObject({ ok: false });
    expect(await changeCard({ cardId: 'la-2', change: 'bury', extra: 1 })).toMatchObject({ ok: false });
    expect(snapshotTables(db)).toEqual(before);
  });
});
