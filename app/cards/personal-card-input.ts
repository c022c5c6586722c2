import { z } from 'zod';
import { CARD_LEVELS, PERSONAL_ID_PREFIX, cardIdSchema } from '@/lib/questions/card-schema';
import { AREA_IDS } from '@/lib/questions/taxonomy';

/** What the card editor posts. The card itself is parsed from `content` by the bank parser, never trusted as is. */
export const personalCardInput = z.strictObject({
  /** Absent for a new card: its id is drawn from its area and prompt. */
  id: cardIdSchema.refine((id) => id.startsWith(PERSONAL_ID_PREFIX), 'is not one of your own cards').optional(),
  area: z.enum(AREA_IDS as [string, ...string[]], { error: 'is not a skill area' }),
  subtopic: z.string().min(1, 'is missing').max(80),
  level: z.enum(CARD_LEVELS, { error: 'must be E, M or H' }),
  content: z.string().max(60_000, 'is longer than 60,000 characters'),
});
