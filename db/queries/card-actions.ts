import { eq } from 'drizzle-orm';
import { getReviewDay } from '@/lib/srs/review-day';
import type { Db } from '../connection';
import { cards } from '../schema';
import { memoryStateColumns } from './memory-state';

/** What the person can do to a card from its page. */
export const CARD_CHANGES = ['suspend', 'unsuspend', 'bury', 'unbury', 'reset'] as const;
export type CardChange = (typeof CARD_CHANGES)[number];

/**
 * Applies a change to a card. Suspending keeps it out of reviews and mocks until unsuspended; burying keeps it out
 * of today's reviews (until the next review day starts); both leave its memory state alone, so the card comes back
 * where it was. Resetting makes it new again: FSRS starts over, the review history stays. Returns false for an
 * unknown card.
 */
export function applyCardChange(db: Db, cardId: string, change: CardChange, now: Date, dayStartHour: number): boolean {
  const columns = {
    suspend: { suspendedAt: now },
    unsuspend: { suspendedAt: null },
    bury: { buriedUntil: getReviewDay(now, dayStartHour).end },
    unbury: { buriedUntil: null },
    reset: { ...memoryStateColumns(null), buriedUntil: null },
  }[change];
  const result = db
    .update(cards)
    .set({ ...columns, updatedAt: now })
    .where(eq(cards.id, cardId))
    .run();
  return result.changes === 1;
}
