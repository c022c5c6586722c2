/** Where a card stands in FSRS's state machine. "new" cards have never been reviewed. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** The four answers of a review, as FSRS numbers them. */
export const RATINGS = [1, 2, 3, 4] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/**
 * A card's FSRS memory state, as stored in the database and in each review log row (before and after).
 * Dates are absolute instants; the deprecated `elapsed_days` of ts-fsrs is derived, never stored.
 */
export interface MemoryState {
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}
