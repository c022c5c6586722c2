import { z } from 'zod';
import { AREA_IDS } from '@/lib/questions/taxonomy';
import { cardIdSchema } from '@/lib/questions/card-schema';

/** Input of the review actions. Strict objects: unknown keys (e.g. "__proto__") are rejected, not ignored. */
export const submitReviewInput = z.strictObject({
  reviewId: z.uuid('must be a UUID'),
  cardId: cardIdSchema,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'must be 1, 2, 3 or 4' }),
  durationMs: z.number().int('must be a whole number').min(0).max(24 * 60 * 60 * 1000),
});

export const undoReviewInput = z.strictObject({ reviewId: z.uuid('must be a UUID') });

const areaIdSchema = z.enum(AREA_IDS as [string, ...string[]], { error: 'is not a skill area' });

export const queueInput = z.strictObject({
  areas: z.array(areaIdSchema).max(AREA_IDS.length),
});

/** Areas from the URL (?area=a&area=b): unknown ids are dropped rather than failing the page. */
export function areasFromSearchParam(value: string | string[] | undefined): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return [...new Set(values.filter((area) => areaIdSchema.safeParse(area).success))];
}
