import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CARD_FORMATS, CARD_LEVELS } from '@/lib/questions/card-schema';
import type { RenderedCard } from '@/lib/questions/render-card';
import type { Card } from '@/lib/questions/card-schema';
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
    index('cards_area_idx').on(table.area, table.subtopic, table.state),
  ],
);

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
