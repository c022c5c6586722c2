import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { MemoryState, Rating } from '@/lib/srs/memory-state';
import type { Scheduler } from '@/lib/srs/scheduler';
import type { Db } from '../connection';
import { cards, reviewLogs } from '../schema';
import { fromStoredState, memoryStateColumns, memoryStateOfRow, toStoredState } from './memory-state';

export interface ReviewInput {
  reviewId: string;
  cardId: string;
  rating: Rating;
  durationMs: number;
  source: 'daily' | 'mock';
}

export type ReviewOutcome =
  | { ok: true; state: MemoryState; area: string; duplicate: boolean }
  | { ok: false; code: 'unknown-card' | 'review-id-taken'; message: string };

/**
 * Records one review: reads the card's current state from the database (never from the client), schedules it
 * with FSRS at `now`, updates the card and appends the log row in one immediate transaction. Saving the same
 * review id again changes nothing and returns the state it produced, so a retried save is harmless.
 */
export function recordReview(db: Db, scheduler: Scheduler, input: ReviewInput, now: Date): ReviewOutcome {
  return db.transaction(() => applyReview(db, scheduler, input, now), { behavior: 'immediate' });
}

/**
 * The work of `recordReview`, to run inside a transaction the caller holds on `db` (a mock answer and its review
 * commit together). Its statements are prepared once per connection: this is the app's hottest write, and
 * building drizzle's SQL costs more than running it.
 */
export function applyReview(db: Db, scheduler: Scheduler, input: ReviewInput, now: Date): ReviewOutcome {
  const statements = reviewStatements(db);
  const earlier = statements.logById.get({ id: input.reviewId });
  if (earlier) {
    if (earlier.cardId !== input.cardId) {
      return { ok: false, code: 'review-id-taken', message: 'This review id belongs to another card.' };
    }
    const { area } = statements.areaOf.get({ id: earlier.cardId })!;
    return { ok: true, state: fromStoredState(earlier.stateAfter), area, duplicate: true };
  }
  const card = statements.activeCard.get({ id: input.cardId });
  if (!card) return { ok: false, code: 'unknown-card', message: `No active card with id "${input.cardId}".` };

  const before = memoryStateOfRow(card);
  const after = scheduler.grade({ id: card.id, area: card.area }, before, input.rating, now);
  const columns = memoryStateColumns(after);
  statements.updateCard.run({
    ...columns,
    id: card.id,
    due: columns.due?.getTime() ?? null,
    lastReview: columns.lastReview?.getTime() ?? null,
    updatedAt: now.getTime(),
  });
  statements.insertLog.run({
    id: input.reviewId,
    cardId: card.id,
    rating: input.rating,
    source: input.source,
    reviewedAt: now,
    durationMs: input.durationMs,
    stateBefore: before ? JSON.stringify(toStoredState(before)) : null,
    stateAfter: JSON.stringify(toStoredState(after)),
  });
  return { ok: true, state: after, area: card.area, duplicate: false };
}

const preparedByConnection = new WeakMap<Db['$client'], ReturnType<typeof prepareReviewStatements>>();

function reviewStatements(db: Db) {
  let statements = preparedByConnection.get(db.$client);
  if (!statements) preparedByConnection.set(db.$client, (statements = prepareReviewStatements(db)));
  return statements;
}

function prepareReviewStatements(db: Db) {
  const id = sql.placeholder('id');
  const value = (name: string) => sql.placeholder(name);
  // drizzle's update types take no placeholder; wrapped in sql, the values go to SQLite as given (dates as ms).
  const raw = (name: string) => sql`${sql.placeholder(name)}`;
  return {
    logById: db.select().from(reviewLogs).where(eq(reviewLogs.id, id)).prepare(),
    areaOf: db.select({ area: cards.area }).from(cards).where(eq(cards.id, id)).prepare(),
    activeCard: db
      .select()
      .from(cards)
      .where(and(eq(cards.id, id), isNull(cards.retiredAt)))
      .prepare(),
    updateCard: db
      .update(cards)
      .set({
        state: raw('state'),
        due: raw('due'),
        stability: raw('stability'),
        difficulty: raw('difficulty'),
        scheduledDays: raw('scheduledDays'),
        learningSteps: raw('learningSteps'),
        reps: raw('reps'),
        lapses: raw('lapses'),
        lastReview: raw('lastReview'),
        updatedAt: raw('updatedAt'),
      })
      .where(eq(cards.id, id))
      .prepare(),
    insertLog: db
      .insert(reviewLogs)
      .values({
        id,
        cardId: value('cardId'),
        rating: value('rating'),
        source: value('source'),
        reviewedAt: value('reviewedAt'),
        durationMs: value('durationMs'),
        // JSON written here: the column's encoder would store a null state as the text "null".
        stateBefore: raw('stateBefore'),
        stateAfter: raw('stateAfter'),
      })
      .prepare(),
  };
}

export type UndoOutcome =
  | { ok: true; cardId: string; state: MemoryState | null }
  | { ok: false; code: 'unknown-review' | 'not-latest'; message: string };

/**
 * Takes back a review: the card gets the state it had before, and the log row is removed. Only a card's latest
 * review can be undone, since later reviews were scheduled from it.
 */
export function undoReview(db: Db, reviewId: string): UndoOutcome {
  return db.transaction(
    (tx): UndoOutcome => {
      const log = tx.select().from(reviewLogs).where(eq(reviewLogs.id, reviewId)).get();
      if (!log) return { ok: false, code: 'unknown-review', message: 'There is no such review to undo.' };
      const later = tx
        .select({ id: reviewLogs.id })
        .from(reviewLogs)
        .where(and(eq(reviewLogs.cardId, log.cardId), gt(reviewLogs.reviewedAt, log.reviewedAt)))
        .orderBy(desc(reviewLogs.reviewedAt))
        .get();
      if (later) {
        return { ok: false, code: 'not-latest', message: 'Only the latest review of a card can be undone.' };
      }
      const restored = log.stateBefore ? fromStoredState(log.stateBefore) : null;
      tx.update(cards)
        .set({ ...memoryStateColumns(restored) })
        .where(eq(cards.id, log.cardId))
        .run();
      tx.delete(reviewLogs).where(eq(reviewLogs.id, reviewId)).run();
      return { ok: true, cardId: log.cardId, state: restored };
    },
    { behavior: 'immediate' },
  );
}
