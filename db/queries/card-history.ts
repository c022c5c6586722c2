import { desc, eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { reviewLogs } from '../schema';

/** A card's reviews, newest first, with the state each one left. */
export function getCardHistory(db: Db, cardId: string) {
  return db
    .select({
      id: reviewLogs.id,
      rating: reviewLogs.rating,
      source: reviewLogs.source,
      reviewedAt: reviewLogs.reviewedAt,
      durationMs: reviewLogs.durationMs,
      stateAfter: reviewLogs.stateAfter,
    })
    .from(reviewLogs)
    .where(eq(reviewLogs.cardId, cardId))
    .orderBy(desc(reviewLogs.reviewedAt))
    .all();
}
