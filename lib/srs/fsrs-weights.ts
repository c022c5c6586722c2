import { CLAMP_PARAMETERS, W17_W18_Ceiling, default_w } from 'ts-fsrs';
import { z } from 'zod';

/** FSRS-6 has 21 parameters, w0…w20. */
export const FSRS_WEIGHT_COUNT = 21;

/** The range ts-fsrs and fsrs-rs clamp each parameter to (short-term memory on, as the scheduler runs). */
const BOUNDS = CLAMP_PARAMETERS(W17_W18_Ceiling, true).map(([min = Number.NaN, max = Number.NaN]) => ({ min, max }));

/**
 * FSRS parameters fitted to the person's own history: 21 finite numbers (zod 4 refuses NaN and ±Infinity), each
 * inside the range FSRS clamps it to. A value outside would be clipped silently by ts-fsrs, so it is refused here
 * instead: what is stored is exactly what schedules.
 */
export const fsrsWeightsSchema = z
  .array(z.number({ error: 'must be a number' }), { error: 'must be a list of numbers' })
  .length(FSRS_WEIGHT_COUNT, `must hold ${FSRS_WEIGHT_COUNT} numbers`)
  .refine(
    (weights) =>
      weights.every((value, index) => {
        const bounds = BOUNDS[index];
        return bounds !== undefined && value >= bounds.min && value <= bounds.max;
      }),
    'holds a parameter outside the range FSRS allows',
  );

/** The parameters every FSRS computation uses: the person's fitted ones, or ts-fsrs's defaults when none are set. */
export function fsrsWeights(custom: readonly number[] | null): readonly number[] {
  return custom ?? default_w;
}

/** Whether two settings name the same parameters (null, the defaults, only equals null). */
export function sameFsrsWeights(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
