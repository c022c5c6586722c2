import { z } from 'zod';
import { cardIdSchema } from '@/lib/questions/card-schema';

/** Input of the card actions. Strict: unknown keys (e.g. "__proto__") are rejected, not ignored. */
export const suspendCardInput = z.strictObject({ cardId: cardIdSchema, suspended: z.boolean() });
