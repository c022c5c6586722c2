import type { ReviewItem } from './review-items';

/**
 * The least history the optimizer runs on, counted in reviews made on a later day than the card's previous review
 * (what FSRS is fitted on; same-day learning steps say little about long-term memory):
 * - 400 reviews: fsrs-rs fits all 21 parameters only from 64 training reviews up, and the optimizer holds back the
 *   latest quarter to check the result; 400 leave ~300 to fit and ~100 to check, below which both are mostly noise;
 * - of 50 different cards: many reviews of a few cards describe those cards rather than the person's memory;
 * - on 7 different days: the check needs later days than the fit, and a week is the least that shows intervals
 *   of more than a few days.
 */
export const OPTIMIZER_MINIMUM = { reviews: 400, cards: 50, days: 7 } as const;

export interface HistorySummary {
  /** Reviews made on a later day than the card's previous review. */
  reviews: number;
  cards: number;
  days: number;
}

export function summarizeItems(items: readonly ReviewItem[]): HistorySummary {
  const cards = new Set<string>();
  const days = new Set<number>();
  for (const item of items) {
    cards.add(item.cardId);
    days.add(item.day);
  }
  return { reviews: items.length, cards: cards.size, days: days.size };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What the optimizer needs, in a sentence, for the settings page. */
export const MINIMUM_SUMMARY =
  `It needs at least ${OPTIMIZER_MINIMUM.reviews} reviews made on a later day than the card's previous review, ` +
  `of ${OPTIMIZER_MINIMUM.cards} different cards, on ${OPTIMIZER_MINIMUM.days} different days.`;

/** What the optimizer needs and why, for refusals. */
export const MINIMUM_EXPLANATION =
  `Optimizing needs at least ${OPTIMIZER_MINIMUM.reviews} reviews made on a later day than the card's previous ` +
  `review, of at least ${OPTIMIZER_MINIMUM.cards} different cards, on at least ${OPTIMIZER_MINIMUM.days} different ` +
  `days. FSRS learns from how well you recall a card from one day to another (same-day learning steps say little), ` +
  `and the latest quarter of those reviews is held back to check the fitted parameters on reviews they were not ` +
  `fitted on: with less history, both the fit and the check would be mostly noise.`;

/** Why the history is too short to optimize on, or null when it is long enough. */
export function historyShortfall(summary: HistorySummary): string | null {
  const { reviews, cards, days } = OPTIMIZER_MINIMUM;
  if (summary.reviews >= reviews && summary.cards >= cards && summary.days >= days) return null;
  return (
    `${MINIMUM_EXPLANATION} So far there ${summary.reviews === 1 ? 'is' : 'are'} ${plural(summary.reviews, 'such review')}, ` +
    `of ${plural(summary.cards, 'card')}, on ${plural(summary.days, 'day')}.`
  );
}
