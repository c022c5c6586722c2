import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { cards } from '../schema';

/**
 * Suspends a card (out of reviews and mocks until unsuspended) or takes the suspension back. Its memory state is
 * left alone, so an unsuspended card comes back where it was. Returns false for an unknown card.
 */
export function setCardSuspended(db: Db, cardId: string, suspended: boolean, now: Date): boolean {
  const result = db
    .update(cards)
    .set({ suspendedAt: suspended ? now : null, updatedAt: now })
    .where(eq(cards.id, cardId))
    .run();
  return result.changes === 1;
}
