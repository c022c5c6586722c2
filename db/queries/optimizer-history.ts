import { count } from 'drizzle-orm';
import type { LoggedReview } from '@/lib/srs/optimizer/review-items';
import type { Db } from '../connection';
import { reviewLogs } from '../schema';
import { type ReviewLogCursor, getReviewLogPage } from './review-export';

export function countReviewLogs(db: Db): number {
  return db.select({ reviews: count() }).from(reviewLogs).get()?.reviews ?? 0;
}

/**
 * The whole review log in time order, as the optimizer reads it, one page per query (as the CSV export pages it),
 * so a caller that lets the event loop go between pages never holds the connection for long.
 */
export function* reviewHistoryPages(db: Db, pageSize = 5_000): Generator<LoggedReview[]> {
  let after: ReviewLogCursor | null = null;
  for (;;) {
    const page = getReviewLogPage(db, after, pageSize);
    if (page.length > 0) {
      yield page.map((row) => ({
        cardId: row.cardId,
        reviewedAt: row.reviewedAt,
        rating: row.rating,
        wasNew: row.stateBefore === null || row.stateBefore.state === 'new',
      }));
    }
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { reviewedAt: last.reviewedAt, id: last.id };
  }
}
