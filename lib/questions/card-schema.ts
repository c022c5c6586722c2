import { z } from 'zod';
import { SKILL_AREAS, isSubtopicOf } from './taxonomy';

/**
 * The one schema every card passes, whether it comes from a bank file or (later) from the person's own cards.
 * Text fields hold Markdown with LaTeX math; they are rendered to HTML on the server, never trusted as HTML.
 */

export const CARD_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CARD_FORMATS = ['free-recall', 'multiple-choice', 'numeric', 'code-output'] as const;
export const CARD_LEVELS = ['E', 'M', 'H'] as const;

const areaIds = SKILL_AREAS.map((area) => area.id) as [string, ...string[]];

/** zod's default "expected string, received undefined" means nothing to a card author. */
const missingOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is missing' : message;

const markdown = z
  .string({ error: missingOr('must be text') })
  .trim()
  .min(1, 'must not be empty')
  .max(20_000, 'is longer than 20,000 characters');

export const cardIdSchema = z
  .string()
  .max(64, 'is longer than 64 characters')
  .regex(CARD_ID_PATTERN, 'must be lowercase words joined by "-" (a-z, 0-9)');

const baseCard = {
  id: cardIdSchema,
  area: z.enum(areaIds, { error: (issue) => `unknown skill area "${String(issue.input)}"` }),
  subtopic: z.string({ error: missingOr('must be text') }).min(1, 'is missing'),
  level: z.enum(CARD_LEVELS, { error: missingOr('must be E, M or H') }),
  prompt: markdown,
  answer: markdown,
};

/**
 * Bank cards name at least 2 key points (what an interviewer listens for). A person's own card may name just 1:
 * a note brought from Anki has only its back, which then stands as the one point a mock interview scores.
 */
const freeRecallCardWith = (minKeyPoints: number) =>
  z.strictObject({
    ...baseCard,
    format: z.literal('free-recall'),
    keyPoints: z
      .array(markdown, { error: missingOr('must be a list') })
      .min(minKeyPoints, `needs at least ${minKeyPoints} key point${minKeyPoints === 1 ? '' : 's'}`)
      .max(5, 'allows at most 5 key points'),
  });

const optionSchema = z.object({
  text: markdown,
  correct: z.boolean(),
  /** Required for wrong options: the misconception it stands for. */
  whyWrong: markdown.optional(),
});

const multipleChoiceCard = z.strictObject({
  ...baseCard,
  format: z.literal('multiple-choice'),
  options: z
    .array(optionSchema, { error: missingOr('must be a list') })
    .min(2, 'needs at least 2 options')
    .max(6, 'allows at most 6 options')
    .superRefine((options, ctx) => {
      if (!options.some((option) => option.correct)) {
        ctx.addIssue({ code: 'custom', message: 'needs at least one correct option ("- [x]")' });
      }
      options.forEach((option, index) => {
        if (!option.correct && option.whyWrong === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'whyWrong'],
            message: 'a wrong option needs an indented "- " line saying why it is wrong',
          });
        }
      });
    }),
});

export const toleranceSchema = z.object(
  {
    kind: z.enum(['absolute', 'relative']),
    amount: z.number().finite().nonnegative(),
  },
  { error: missingOr('must be an absolute amount (0.005) or a percentage (1%)') },
);

/** A fenced code block in a named language. */
const codeSchema = z.object(
  {
    language: z.string().regex(/^[a-z0-9+#-]{1,20}$/, 'needs a language name on the code fence, e.g. ```python'),
    source: z.string().min(1, 'must not be empty').max(5_000, 'is longer than 5,000 characters'),
  },
  { error: missingOr('must be a fenced code block') },
);

const numericCard = z.strictObject({
  ...baseCard,
  format: z.literal('numeric'),
  value: z.number({ error: missingOr('must be a number') }).finite('must be a finite number'),
  tolerance: toleranceSchema,
  unit: z.string().trim().min(1).max(40).optional(),
  /** A program that prints the value: the bank verification runs it and compares (`npm run questions:verify`). */
  check: codeSchema.optional(),
});

const codeOutputCard = z.strictObject({
  ...baseCard,
  format: z.literal('code-output'),
  code: codeSchema,
  output: z.string({ error: missingOr('must be text') }).max(5_000, 'is longer than 5,000 characters'),
});

const cardSchemaWith = (minKeyPoints: number) =>
  z
    .discriminatedUnion('format', [freeRecallCardWith(minKeyPoints), multipleChoiceCard, numericCard, codeOutputCard], {
      error: missingOr(`must be one of ${CARD_FORMATS.join(', ')}`),
    })
    .superRefine((card, ctx) => {
      if (!isSubtopicOf(card.area, card.subtopic)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subtopic'],
          message: `"${card.subtopic}" is not a subtopic of ${card.area}`,
        });
      }
    });

/** A card of the question banks. */
export const cardSchema = cardSchemaWith(2);

/** A person's own card: the bank schema, except that one key point is enough. Every bank card passes it too. */
export const personalCardSchema = cardSchemaWith(1);

/** Personal card ids start with this; bank ids never do, so the two can never collide. */
export const PERSONAL_ID_PREFIX = 'my-';

export type Card = z.infer<typeof cardSchema>;
export type CardFormat = Card['format'];
export type CardLevel = Card['level'];
export type Tolerance = z.infer<typeof toleranceSchema>;
