import { forgetting_curve } from 'ts-fsrs';
import { fsrsWeights } from './fsrs-weights';
import type { MemoryState } from './memory-state';
import { DAY_MS } from './review-day';

/**
 * FSRS's predicted probability of recalling a card at `now`: R(t) = (1 + f·t/S)^(−w20), t days since the last
 * review, S the stability, f and w20 from `weights` (the person's fitted parameters; null: ts-fsrs's defaults). A
 * card never reviewed counts as not known (0).
 */
export function retrievability(memory: MemoryState | null, now: Date, weights: readonly number[] | null): number {
  if (!memory || !memory.lastReview || memory.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - memory.lastReview.getTime()) / DAY_MS);
  return forgetting_curve(fsrsWeights(weights), elapsedDays, memory.stability);
}
