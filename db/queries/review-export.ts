import { and, asc, gt, gte, or } from 'drizzle-orm';
import type { Db } from '../connection';
import { reviewLogs } from '../schema';

/** Where the previous page ended: pages are keyed on (review time, id), so equal times page correctly. */
export interface ReviewLogCursor {
  reviewedAt: Date;
  id: string;
}

/**
 * The reviews after `after` in (time, id) order. The range on the time alone lets SQLite seek in its index; written
 * as an OR of the two cases it scanned from the start on every page (20x slower a page at a million reviews,
 * quadratic over an export).
 */
export function reviewLogsAfter(after: ReviewLogCursor | null) {
  if (!after) return undefined;
  return and(gte(reviewLogs.reviewedAt, after.reviewedAt), or(gt(reviewLogs.reviewedAt, after.reviewedAt), gt(reviewLogs.id, after.id)));
}

/**
 * The review log in time order, one page at a time. Each page is a query of its own, so exporting a long history
 * never holds the connection the app reviews on.
 */
export function getReviewLogPage(db: Db, after: ReviewLogCursor | null, limit: number) {
  return db
    .select({
      id: reviewLogs.id,
      cardId: reviewLogs.cardId,
      rating: reviewLogs.rating,
      reviewedAt: reviewLogs.reviewedAt,
      durationMs: reviewLogs.durationMs,
      stateBefore: reviewLogs.stateBefore,
    })
    .from(reviewLogs)
    .where(reviewLogsAfter(after))
    .orderBy(asc(reviewLogs.reviewedAt), asc(reviewLogs.id))
    .limit(limit)
    .all();
}
