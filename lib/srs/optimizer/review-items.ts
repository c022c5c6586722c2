import { DAY_MS, getReviewDay } from '../review-day';

/** One row of the review log, as the optimizer reads it. */
export interface LoggedReview {
  cardId: string;
  reviewedAt: Date;
  /** 1 Again … 4 Easy. */
  rating: number;
  /** The card was new before this review: its first review, or the first after a reset to new. */
  wasNew: boolean;
}

/** A review in FSRS's terms: its rating and the whole review days since the card's previous review (0 for the first). */
export interface ItemReview {
  rating: number;
  deltaT: number;
}

/**
 * What FSRS is fitted and scored on: one review made on a later review day than the card's previous review (the
 * last of `reviews`, whose rating says whether the card was recalled), with every earlier review of the card since
 * it was last new. `reviews` is a view of the first `length` entries of the card's sequence, shared between its
 * items, so a history of n reviews costs n entries rather than n²/2.
 */
export interface ReviewItem {
  cardId: string;
  /** The review day of the last review, as a day number (see `reviewDayNumber`). */
  day: number;
  /** When the last review was made, epoch milliseconds. */
  reviewedAt: number;
  sequence: readonly ItemReview[];
  length: number;
}

/** The reviews of an item, first to last. */
export function itemReviews(item: ReviewItem): ItemReview[] {
  return item.sequence.slice(0, item.length);
}

/**
 * The review day that holds `at`, numbered as days since 1970-01-01 of the local calendar. Days start at
 * `dayStartHour` as everywhere in the app, so a late session counts for the evening it began in, and FSRS's
 * day-granular intervals are counted the way the person's days run.
 */
export function reviewDayNumber(at: Date, dayStartHour: number): number {
  const { start } = getReviewDay(at, dayStartHour);
  return Math.round(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) / DAY_MS);
}

/** A day number as its calendar date, YYYY-MM-DD. */
export function dayNumberDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Turns the review log into FSRS items, review by review, as the FSRS optimizers do with their CSV layout: per card,
 * the sequence of (rating, days since the previous review) since the card was last new; each review on a later day
 * than the previous one closes an item. Same-day reviews (learning steps, a lapse relearnt) stay in the sequence
 * with 0 days but close no item: FSRS predicts recall from one day to another. A card whose log starts after it
 * was first studied (earlier reviews missing) is skipped until it is new again, as its state could not be replayed.
 * Reviews must come in time order; the items come out in the same order.
 */
export function createItemBuilder(dayStartHour: number) {
  const sequences = new Map<string, { reviews: ItemReview[]; lastDay: number }>();
  const items: ReviewItem[] = [];
  return {
    add(review: LoggedReview): void {
      const day = reviewDayNumber(review.reviewedAt, dayStartHour);
      let sequence = sequences.get(review.cardId);
      if (review.wasNew) {
        sequence = { reviews: [], lastDay: day };
        sequences.set(review.cardId, sequence);
      }
      if (!sequence) return;
      const deltaT = sequence.reviews.length === 0 ? 0 : Math.max(0, day - sequence.lastDay);
      sequence.reviews.push({ rating: review.rating, deltaT });
      sequence.lastDay = day;
      if (deltaT > 0) {
        items.push({
          cardId: review.cardId,
          day,
          reviewedAt: review.reviewedAt.getTime(),
          sequence: sequence.reviews,
          length: sequence.reviews.length,
        });
      }
    },
    items: (): readonly ReviewItem[] => items,
  };
}

/** `createItemBuilder` over a whole list of reviews in time order. */
export function buildReviewItems(reviews: Iterable<LoggedReview>, dayStartHour: number): readonly ReviewItem[] {
  const builder = createItemBuilder(dayStartHour);
  for (const review of reviews) builder.add(review);
  return builder.items();
}
