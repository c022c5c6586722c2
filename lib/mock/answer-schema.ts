import { z } from 'zod';
import type { MockAnswerInput } from './score';

const text = z.string().max(5_000, 'is longer than 5,000 characters');

/**
 * What the person gave for one mock question, as the answer action accepts it and as a full export carries it
 * (stored as given, so its key order is the stored JSON's).
 */
export const mockAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('skipped') }),
  z.strictObject({
    kind: z.literal('free-recall'),
    text,
    coveredKeyPoints: z.array(z.number().int().min(0).max(9)).max(10),
  }),
  z.strictObject({ kind: z.literal('multiple-choice'), selected: z.array(z.number().int().min(0).max(5)).max(6) }),
  z.strictObject({ kind: z.literal('numeric'), text: z.string().max(100) }),
  z.strictObject({ kind: z.literal('code-output'), text }),
]) satisfies z.ZodType<MockAnswerInput>;
