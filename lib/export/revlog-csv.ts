import type { CardState } from '@/lib/srs/memory-state';

/**
 * The review history as the FSRS optimizers read it (fsrs-optimizer, fsrs-rs): one review a line, times and
 * durations in milliseconds, the card's state before the review as 0 new, 1 learning, 2 review, 3 relearning.
 */
export const REVLOG_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

const STATE_NUMBER: Record<CardState, number> = { new: 0, learning: 1, review: 2, relearning: 3 };

export interface ExportedReview {
  cardId: string;
  reviewedAt: Date;
  rating: number;
  /** The card's state before the review; null when it was new. */
  stateBefore: { state: CardState } | null;
  durationMs: number;
}

export function revlogLine(review: ExportedReview): string {
  const state = review.stateBefore ? STATE_NUMBER[review.stateBefore.state] : 0;
  return [csvField(review.cardId), review.reviewedAt.getTime(), review.rating, state, review.durationMs].join(',');
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (card ids normally do not). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
