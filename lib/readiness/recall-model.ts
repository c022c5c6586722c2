import { type FSRSState, Rating, computeDecayFactor, fsrs, generatorParameters } from 'ts-fsrs';
import { fsrsWeights } from '@/lib/srs/fsrs-weights';

/** A card's memory in FSRS terms: stability S in days (R = 90% after S days) and difficulty D in [1, 10]. */
export interface Memory {
  stability: number;
  difficulty: number;
}

/**
 * The FSRS memory model at day granularity, for projections: what a review does to a card's memory and when the
 * scheduler would bring it back. It uses ts-fsrs's own formulas with the person's desired retention and FSRS
 * parameters (`weights`; null: ts-fsrs's defaults); fuzz is off because a projection wants the expected interval,
 * not one random draw.
 */
export interface RecallModel {
  /** Probability of recall `elapsedDays` after the last review. */
  recall(elapsedDays: number, stability: number): number;
  /** The memory after a review graded `rating` (1 Again … 4 Easy) `elapsedDays` after the previous one. */
  afterReview(memory: Memory | null, elapsedDays: number, rating: 1 | 2 | 3 | 4): Memory;
  /** Days until the scheduler brings a card of this stability back. */
  intervalDays(stability: number): number;
}

export function createRecallModel(desiredRetention: number, weights: readonly number[] | null): RecallModel {
  const engine = fsrs(
    generatorParameters({ request_retention: desiredRetention, enable_fuzz: false, enable_short_term: true, w: fsrsWeights(weights) }),
  );
  // FSRS's forgetting curve, as ts-fsrs computes it but without its rounding: this runs millions of times a page.
  const { decay, factor } = computeDecayFactor(engine.parameters.w);
  return {
    recall: (elapsedDays, stability) => Math.pow(1 + (factor * Math.max(0, elapsedDays)) / stability, decay),
    afterReview: (memory, elapsedDays, rating) => {
      const next: FSRSState = engine.next_state(memory, Math.max(0, elapsedDays), rating);
      return { stability: next.stability, difficulty: next.difficulty };
    },
    intervalDays: (stability) => engine.next_interval(stability, 0),
  };
}

export const GOOD = Rating.Good as 3;
export const AGAIN = Rating.Again as 1;
