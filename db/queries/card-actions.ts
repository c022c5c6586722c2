import { eq } from 'drizzle-orm';
import type { Settings } from '@/lib/settings/settings-schema';
import { knownMemoryState } from '@/lib/srs/known-state';
import { getReviewDay } from '@/lib/srs/review-day';
import type { Db } from '../connection';
import { cards } from '../schema';
import { memoryStateColumns } from './memory-state';

/** What the person can do to a card from its page. */
export const CARD_CHANGES = ['suspend', 'unsuspend', 'bury', 'unbury', 'reset', 'known'] as const;
export type CardChange = (typeof CARD_CHANGES)[number];

/**
 * Applies a change to a card. Suspending keeps it out of reviews and mocks until unsuspended; burying keeps it out
 * of today's reviews (until the next review day starts); both leave its memory state alone, so the card comes back
 * where it was. Resetting makes it new again: FSRS starts over, the review history stays. Marking it as known gives
 * it a year's stability (see known-state.ts), keeping its reps, lapses and history. Returns false for an unknown card.
 */
export function applyCardChange(
  db: Db,
  cardId: string,
  change: CardChange,
  now: Date,
  settings: Pick<Settings, 'dayStartHour' | 'desiredRetention'> & { fsrsWeights?: readonly number[] | null },
): boolean {
  const columns = () => {
    switch (change) {
      case 'suspend':
        return { suspendedAt: now };
      case 'unsuspend':
        return { suspendedAt: null };
      case 'bury':
        return { buriedUntil: getReviewDay(now, settings.dayStartHour).end };
      case 'unbury':
        return { buriedUntil: null };
      case 'reset':
        return { ...memoryStateColumns(null), buriedUntil: null };
      case 'known':
        return { ...knownMemoryState(settings, now), buriedUntil: null };
    }
  };
  const result = db
    .update(cards)
    .set({ ...columns(), updatedAt: now })
    .where(eq(cards.id, cardId))
    .run();
  return result.changes === 1;
}
