import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CARD_FORMATS, CARD_LEVELS } from '@/lib/questions/card-schema';
import type { RenderedCard } from '@/lib/questions/render-card';
import type { Card } from '@/lib/questions/card-schema';
import type { MockAnswerInput } from '@/lib/mock/score';
import { CARD_STATES } from '@/lib/srs/memory-state';

/** A card's identity, tags and FSRS memory state: the table every queue and aggregate reads. */
export const cards = sqliteTable(
  'cards',
  {
    id: text('id').primaryKey(),
    area: text('area').notNull(),
    subtopic: text('subtopic').notNull(),
    level: text('level', { enum: CARD_LEVELS }).notNull(),
    format: text('format', { enum: CARD_FORMATS }).notNull(),
    origin: text('origin', { enum: ['bank', 'personal'] }).notNull().default('bank'),
    /** Order in which new cards are introduced: shuffled once, easier levels tending to come first. */
    newPosition: real('new_position').notNull().default(0),
    /** Set when the card left the bank files: hidden from review, history kept. */
    retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
    /** Set while the person has suspended the card: out of reviews and mocks, its memory state kept as it was. */
    suspendedAt: integer('suspended_at', { mode: 'timestamp_ms' }),
    /** Buried: out of the review queue until this time (the start of the next review day). */
    buriedUntil: integer('buried_until', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    state: text('state', { enum: CARD_STATES }).notNull().default('new'),
    /** Null while the card is new. */
    due: integer('due', { mode: 'timestamp_ms' }),
    stability: real('stability').notNull().default(0),
    difficulty: real('difficulty').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    learningSteps: integer('learning_steps').notNull().default(0),
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    lastReview: integer('last_review', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('cards_due_idx').on(table.state, table.due),
    index('cards_new_idx').on(table.state, table.newPosition),
    // Also covers what /progress aggregates and projects, so those scans read the index, not the table.
    index('cards_area_idx').on(
      table.area,
      table.subtopic,
      table.state,
      table.retiredAt,
      table.stability,
      table.difficulty,
      table.lastReview,
      table.due,
    ),
  ],
);

/**
 * A counter per area, raised by triggers (db/migrations/0002) whenever a card of the area is added, removed or
 * changes its memory state, whatever wrote it. Work derived from an area's cards, such as the interview projection,
 * is cached against it. An area no card ever changed in has no row: version 0.
 */
export const areaVersions = sqliteTable('area_versions', {
  area: text('area').primaryKey(),
  version: integer('version').notNull(),
});

/** The content of a card, kept apart so the hot `cards` table stays small. */
export const cardContents = sqliteTable('card_contents', {
  cardId: text('card_id')
    .primaryKey()
    .references(() => cards.id, { onDelete: 'cascade' }),
  /** Hash of the source and of the renderer version: an unchanged hash means nothing to do on sync. */
  contentHash: text('content_hash').notNull(),
  source: text('source', { mode: 'json' }).$type<Card>().notNull(),
  rendered: text('rendered', { mode: 'json' }).$type<RenderedCard>().notNull(),
  sourceFile: text('source_file'),
  sourceLine: integer('source_line'),
});

/** A memory state as stored in the review log: dates as epoch milliseconds. */
export interface StoredMemoryState {
  state: (typeof CARD_STATES)[number];
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
}

/** Every review ever made. The id comes from the client, so saving the same review twice is harmless. */
export const reviewLogs = sqliteTable(
  'review_logs',
  {
    id: text('id').primaryKey(),
    cardId: text('card_id')
      .notNull()
      .references(() => cards.id),
    rating: integer('rating').notNull(),
    source: text('source', { enum: ['daily', 'mock'] }).notNull(),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    /** Null when the card was new before this review. */
    stateBefore: text('state_before', { mode: 'json' }).$type<StoredMemoryState>(),
    stateAfter: text('state_after', { mode: 'json' }).$type<StoredMemoryState>().notNull(),
  },
  (table) => [
    index('review_logs_card_idx').on(table.cardId, table.reviewedAt),
    index('review_logs_time_idx').on(table.reviewedAt),
    check('review_logs_rating_check', sql`${table.rating} between 1 and 4`),
  ],
);

/** One row of settings (id = 1), stored as JSON validated by `settingsSchema` on every read. */
export const appSettings = sqliteTable(
  'app_settings',
  {
    id: integer('id').primaryKey(),
    value: text('value', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [check('app_settings_single_row', sql`${table.id} = 1`)],
);

export type CardRow = typeof cards.$inferSelect;
export type ReviewLogRow = typeof reviewLogs.$inferSelect;

/** How a mock interview was set up; the drawn cards are fixed at the start, so a resumed session is the same one. */
export const mockSessions = sqliteTable(
  'mock_sessions',
  {
    id: text('id').primaryKey(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    areas: text('areas', { mode: 'json' }).$type<string[]>().notNull(),
    /** Empty: every subtopic of the chosen areas. */
    subtopics: text('subtopics', { mode: 'json' }).$type<string[]>().notNull(),
    levelMix: text('level_mix', { enum: ['balanced', 'easier', 'harder'] }).notNull(),
    /** Null for a session limited by count only. */
    timeBudgetMs: integer('time_budget_ms'),
    seed: integer('seed').notNull(),
    /** Practice-only sessions leave the FSRS schedule alone. */
    practiceOnly: integer('practice_only', { mode: 'boolean' }).notNull(),
    cardIds: text('card_ids', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: ['active', 'finished', 'abandoned'] }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('mock_sessions_created_idx').on(table.createdAt)],
);

/** One answer of a mock interview, saved as it is given. */
export const mockAnswers = sqliteTable(
  'mock_answers',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => mockSessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    cardId: text('card_id')
      .notNull()
      .references(() => cards.id),
    skipped: integer('skipped', { mode: 'boolean' }).notNull(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull(),
    /** 0..1: the share of key points covered, or 1/0 for a checked answer; 0 when skipped. */
    score: real('score').notNull(),
    /** What the person answered, to show on the scorecard. */
    response: text('response', { mode: 'json' }).$type<MockAnswerInput>().notNull(),
    durationMs: integer('duration_ms').notNull(),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
    /** The review it fed into the schedule; null for practice-only sessions. */
    reviewLogId: text('review_log_id').references(() => reviewLogs.id, { onDelete: 'set null' }),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.position] })],
);

export type MockSessionRow = typeof mockSessions.$inferSelect;
export type MockAnswerRow = typeof mockAnswers.$inferSelect;
