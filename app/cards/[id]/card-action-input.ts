import { z } from 'zod';
import { CARD_CHANGES } from '@/db/queries/card-actions';
import { cardIdSchema } from '@/lib/questions/card-schema';

/** Input of the card action. Strict: unknown keys (e.g. "__proto__") are rejected, not ignored. */
export const changeCardInput = z.strictObject({
  cardId: cardIdSchema,
  change: z.enum(CARD_CHANGES, { error: `must be one of ${CARD_CHANGES.join(', ')}` }),
});
