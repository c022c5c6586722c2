import { z } from 'zod';
import { mockAnswerSchema } from '@/lib/mock/answer-schema';
import { CARD_FORMATS, CARD_LEVELS, cardIdSchema, personalCardSchema } from '@/lib/questions/card-schema';
import { AREA_IDS, isSubtopicOf } from '@/lib/questions/taxonomy';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { CARD_STATES } from '@/lib/srs/memory-state';

/**
 * The full export (README, "Your data"): settings, every card with its content, the review log and the mock
 * interviews, as one JSON document that imports back into an empty instance row for row. Instants are ISO 8601
 * strings in UTC with milliseconds, except inside the stored memory states, which keep the epoch milliseconds the
 * database holds. JSON values that the database stores as text (memory states, mock answers, card sources) are
 * validated with schemas whose key order is the order the app writes them in, so they round-trip byte for byte.
 */
export const FULL_EXPORT_FORMAT = 'recall-export';
/** Raised whenever a field is added, renamed or changes meaning; an import refuses any version it does not know. */
export const FULL_EXPORT_VERSION = 1;

const instant = z.iso.datetime({ message: 'must be an ISO 8601 instant in UTC, e.g. 2026-03-02T09:00:00.000Z' }).transform((text) => new Date(text));
const epochMs = z.number().int('must be a whole number of milliseconds').min(0).max(8.64e15);
const count = z.number().int('must be a whole number').min(0).max(1e9);
const finiteAtLeastZero = z.number().finite('must be a finite number').min(0);
const areaId = z.enum(AREA_IDS as [string, ...string[]], { error: 'is not a skill area' });
const uuid = z.uuid('must be a UUID');

/** A memory state as the review log stores it (db/schema.ts `StoredMemoryState`). */
const storedMemoryStateSchema = z.strictObject({
  state: z.enum(CARD_STATES),
  due: epochMs,
  stability: finiteAtLeastZero,
  difficulty: finiteAtLeastZero,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: epochMs.nullable(),
});

export const exportedSettingsSchema = z.strictObject({
  value: settingsSchema,
  updatedAt: instant,
});

export const exportedCardContentSchema = z.strictObject({
  /** The person's own cards may have fewer key points than bank cards; every bank card passes this schema too. */
  source: personalCardSchema,
  sourceFile: z.string().max(1_000).nullable(),
  sourceLine: z.number().int().min(1).nullable(),
});

export const exportedCardSchema = z
  .strictObject({
    id: cardIdSchema,
    area: areaId,
    subtopic: z.string().min(1).max(120),
    level: z.enum(CARD_LEVELS),
    format: z.enum(CARD_FORMATS),
    origin: z.enum(['bank', 'personal']),
    newPosition: z.number().finite('must be a finite number'),
    retiredAt: instant.nullable(),
    suspendedAt: instant.nullable(),
    buriedUntil: instant.nullable(),
    createdAt: instant,
    updatedAt: instant,
    state: z.enum(CARD_STATES),
    due: instant.nullable(),
    stability: finiteAtLeastZero,
    difficulty: finiteAtLeastZero,
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    lastReview: instant.nullable(),
    /** Null only for a card whose content row is missing; every card the app writes has one. */
    content: exportedCardContentSchema.nullable(),
  })
  .superRefine((card, ctx) => {
    if (!isSubtopicOf(card.area, card.subtopic)) {
      ctx.addIssue({ code: 'custom', path: ['subtopic'], message: `"${card.subtopic}" is not a subtopic of ${card.area}` });
    }
    // The app stores no due date exactly while a card is new (db/schema.ts): anything else is not its data.
    if ((card.state === 'new') !== (card.due === null)) {
      ctx.addIssue({ code: 'custom', path: ['due'], message: card.state === 'new' ? 'must be null for a new card' : 'is missing' });
    }
    const source = card.content?.source;
    if (!source) return;
    for (const key of ['id', 'area', 'subtopic', 'level', 'format'] as const) {
      if (source[key] !== card[key]) {
        ctx.addIssue({ code: 'custom', path: ['content', 'source', key], message: `"${source[key]}" differs from the card's ${key} "${card[key]}"` });
      }
    }
  });

export const exportedReviewLogSchema = z.strictObject({
  id: uuid,
  cardId: cardIdSchema,
  rating: z.number().int().min(1, 'must be 1, 2, 3 or 4').max(4, 'must be 1, 2, 3 or 4'),
  source: z.enum(['daily', 'mock']),
  reviewedAt: instant,
  durationMs: count,
  stateBefore: storedMemoryStateSchema.nullable(),
  stateAfter: storedMemoryStateSchema,
});

export const exportedMockSessionSchema = z.strictObject({
  id: uuid,
  createdAt: instant,
  areas: z.array(areaId).min(1).max(AREA_IDS.length),
  subtopics: z.array(z.string().min(1).max(120)).max(400),
  levelMix: z.enum(['balanced', 'easier', 'harder']),
  timeBudgetMs: count.nullable(),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  practiceOnly: z.boolean(),
  cardIds: z.array(cardIdSchema).min(1).max(200),
  status: z.enum(['active', 'finished', 'abandoned']),
  endedAt: instant.nullable(),
});

export const exportedMockAnswerSchema = z.strictObject({
  sessionId: uuid,
  position: z.number().int().min(0).max(199),
  cardId: cardIdSchema,
  skipped: z.boolean(),
  flagged: z.boolean(),
  score: z.number().min(0).max(1),
  response: mockAnswerSchema,
  durationMs: count,
  answeredAt: instant,
  reviewLogId: uuid.nullable(),
});

/** The document around the collections; each collection's records are validated one by one. */
export const fullExportEnvelopeSchema = z.strictObject({
  format: z.literal(FULL_EXPORT_FORMAT, { error: `is not "${FULL_EXPORT_FORMAT}": this is not a Recall export` }),
  version: z.literal(FULL_EXPORT_VERSION, {
    error: (issue) => `is ${JSON.stringify(issue.input)}; this version of Recall reads version ${FULL_EXPORT_VERSION}`,
  }),
  exportedAt: instant,
  settings: z.unknown(),
  cards: z.array(z.unknown()),
  reviewLogs: z.array(z.unknown()),
  mockSessions: z.array(z.unknown()),
  mockAnswers: z.array(z.unknown()),
});

/** The collections in the order they appear in the file, each with the schema of one record. */
export const FULL_EXPORT_COLLECTIONS = {
  cards: exportedCardSchema,
  reviewLogs: exportedReviewLogSchema,
  mockSessions: exportedMockSessionSchema,
  mockAnswers: exportedMockAnswerSchema,
} as const;

export type ExportedSettings = z.input<typeof exportedSettingsSchema>;
export type ExportedCard = z.input<typeof exportedCardSchema>;
export type ExportedReviewLog = z.input<typeof exportedReviewLogSchema>;
export type ExportedMockSession = z.input<typeof exportedMockSessionSchema>;
export type ExportedMockAnswer = z.input<typeof exportedMockAnswerSchema>;

export type FullExportCollection = keyof typeof FULL_EXPORT_COLLECTIONS;
/** A validated record of a collection, instants as dates. */
export type FullExportRecord<K extends FullExportCollection> = z.output<(typeof FULL_EXPORT_COLLECTIONS)[K]>;

/** A checked export, as the import writes it: records are produced one at a time, each pass reading them anew. */
export interface FullExportSource {
  exportedAt: Date;
  settings: z.output<typeof exportedSettingsSchema> | null;
  counts: Record<FullExportCollection, number>;
  records<K extends FullExportCollection>(name: K): Iterable<FullExportRecord<K>>;
}
