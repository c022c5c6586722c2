import { Rating, clamp, fsrs, generatorParameters } from 'ts-fsrs';
import type { MemoryState } from './memory-state';
import { DAY_MS } from './review-day';

/** The memory a "known" card is given: recall stays at 90% or above for about a year. */
export const KNOWN_STABILITY_DAYS = 365;

/**
 * The memory state for a card the person marks as known: a review card with a year's stability and the difficulty
 * FSRS gives a first "Easy", due when its recall falls to the desired retention. It is not a review (nothing is
 * recalled), so it writes no review log and the optimizer never fits to it; the card keeps its reps and lapses.
 */
export function knownMemoryState(
  settings: { desiredRetention: number; fsrsWeights?: readonly number[] | null },
  now: Date,
): Omit<MemoryState, 'reps' | 'lapses'> {
  const engine = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      enable_fuzz: false,
      ...(settings.fsrsWeights ? { w: [...settings.fsrsWeights] } : {}),
    }),
  );
  const intervalDays = engine.next_interval(KNOWN_STABILITY_DAYS, 0);
  return {
    state: 'review',
    due: new Date(now.getTime() + intervalDays * DAY_MS),
    stability: KNOWN_STABILITY_DAYS,
    // As ts-fsrs does for a first review: the raw formula goes below 1 for Easy.
    difficulty: clamp(engine.init_difficulty(Rating.Easy), 1, 10),
    scheduledDays: intervalDays,
    learningSteps: 0,
    lastReview: now,
  };
}
