import { FSRSBinding, FSRSBindingItem, FSRSBindingReview, computeParameters } from '@open-spaced-repetition/binding';
import { clipParameters, roundTo } from 'ts-fsrs';
import type { ReviewItem } from './review-items';

/** How well parameters predict a set of reviews: FSRS's log loss and RMSE over recall bins (lower is better). */
export interface Evaluation {
  logLoss: number;
  rmseBins: number;
}

/** Items converted between two turns of the event loop: ~10 µs each, so a chunk holds the server ~20 ms at most. */
const CHUNK = 2_000;
const MAX_RATING = 4;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * fsrs-rs panics, aborting the whole server process, on an item without a review on a later day; the other malformed
 * inputs it merely refuses. Every item is checked here, so nothing unchecked reaches it.
 */
function checkItem(item: ReviewItem): void {
  const first = item.sequence[0];
  const last = item.sequence[item.length - 1];
  const wellFormed =
    item.length >= 2 &&
    item.length <= item.sequence.length &&
    first?.deltaT === 0 &&
    last !== undefined &&
    last.deltaT > 0 &&
    item.sequence
      .slice(0, item.length)
      .every((review) => Number.isInteger(review.rating) && review.rating >= 1 && review.rating <= MAX_RATING && Number.isInteger(review.deltaT) && review.deltaT >= 0);
  if (!wellFormed) throw new Error(`A review sequence of card ${item.cardId} is not one FSRS can read.`);
}

/**
 * The binding's items for `items`, built a chunk at a time with the event loop let go in between, so a long history
 * does not hold up other requests. Reviews are shared between items (the binding copies their values).
 */
export async function toBindingItems(items: readonly ReviewItem[], onChunk?: (converted: number) => void): Promise<FSRSBindingItem[]> {
  const reviews = new Map<number, FSRSBindingReview>();
  const review = (rating: number, deltaT: number) => {
    const key = deltaT * (MAX_RATING + 1) + rating;
    let cached = reviews.get(key);
    if (!cached) reviews.set(key, (cached = new FSRSBindingReview(rating, deltaT)));
    return cached;
  };
  const converted: FSRSBindingItem[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    for (const item of items.slice(start, start + CHUNK)) {
      checkItem(item);
      const sequence: FSRSBindingReview[] = [];
      for (let index = 0; index < item.length; index++) sequence.push(review(item.sequence[index]!.rating, item.sequence[index]!.deltaT));
      converted.push(new FSRSBindingItem(sequence));
    }
    onChunk?.(converted.length);
    await yieldToEventLoop();
  }
  return converted;
}

/**
 * FSRS parameters fitted to `items` by fsrs-rs. The fit runs on a native thread (a napi async task), so the event
 * loop stays free; `onProgress` gets the share done, polled every 200 ms. Short-term memory is on, as in the
 * scheduler. The result is rounded to 4 decimals (fsrs-rs works in 32-bit floats) and clipped to the ranges ts-fsrs
 * keeps parameters in for this many relearning steps, so what is scored is exactly what would schedule.
 */
export async function fitWeights(
  items: FSRSBindingItem[],
  numRelearningSteps: number,
  onProgress: (share: number) => void,
): Promise<number[]> {
  // A poll queued on the event loop may run after the fit resolved: it would move the progress back.
  let finished = false;
  const fitted = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps,
    timeout: 200,
    progress: (current, total) => {
      if (!finished) onProgress(total > 0 ? Math.min(1, current / total) : 0);
    },
  });
  finished = true;
  return clipParameters(
    fitted.map((weight) => roundTo(weight, 4)),
    numRelearningSteps,
    true,
  );
}

/**
 * Log loss and RMSE (bins) of `weights` on `items`, by fsrs-rs. Synchronous (~1 ms per 1,000 items), and weighted
 * towards the later items, so `items` must be in time order.
 */
export function evaluateWeights(weights: readonly number[], items: FSRSBindingItem[]): Evaluation {
  const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(items);
  return { logLoss, rmseBins };
}
