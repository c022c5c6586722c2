import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suspendCard } from '@/app/cards/[id]/actions';
import type { Db } from '@/db/connection';
import { getDrawCandidates } from '@/db/queries/mock-sessions';
import { getReviewQueue } from '@/db/queries/review-queue';
import { recordReview } from '@/db/queries/reviews';
import { cards } from '@/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;
const now = new Date();

beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-1', 'la-2', 'la-3'])]));
  recordReview(db, createScheduler(DEFAULT_SETTINGS), { reviewId: randomUUID(), cardId: 'la-1', rating: 1, durationMs: 2000, source: 'daily' }, now);
});
afterAll(() => cleanup());

const queued = () => {
  const queue = getReviewQueue(db, { now: new Date(), settings: DEFAULT_SETTINGS });
  return [...queue.due, ...queue.fresh].map((card) => card.id).sort();
};
const drawable = () => getDrawCandidates(db, ['linear-algebra'], [], new Date()).map((card) => card.id).sort();
const memoryOf = (id: string) => {
  const { suspendedAt: _suspended, updatedAt: _updated, ...row } = db.select().from(cards).where(eq(cards.id, id)).get()!;
  return row;
};

describe('suspending a card', () => {
  it('keeps it out of reviews and mocks until unsuspended, its memory state untouched', async () => {
    expect(queued()).toEqual(['la-1', 'la-2', 'la-3']);
    const before = memoryOf('la-1');
    expect(await suspendCard({ cardId: 'la-1', suspended: true })).toEqual({ ok: true, data: { suspended: true } });
    expect(await suspendCard({ cardId: 'la-3', suspended: true })).toMatchObject({ ok: true });
    expect(queued()).toEqual(['la-2']);
    expect(drawable()).toEqual(['la-2']);
    expect(await suspendCard({ cardId: 'la-1', suspended: false })).toEqual({ ok: true, data: { suspended: false } });
    expect(queued()).toEqual(['la-1', 'la-2']);
    expect(memoryOf('la-1')).toEqual(before);
  });

  it('refuses an unknown card or a malformed request and writes nothing', async () => {
    const before = snapshotTables(db);
    expect(await suspendCard({ cardId: 'no-such-card', suspended: true })).toMatchObject({ ok: false, message: expect.stringMatching(/no card/) });
    expect(await suspendCard({ cardId: 'la-2', suspended: 'yes' })).toMatchObject({ ok: false });
    expect(await suspendCard({ cardId: 'la-2', suspended: true, extra: 1 })).toMatchObject({ ok: false });
    expect(snapshotTables(db)).toEqual(before);
  });
});
