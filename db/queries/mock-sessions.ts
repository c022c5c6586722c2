import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Card } from '@/lib/questions/card-schema';
import type { RenderedCard } from '@/lib/questions/render-card';
import { type DrawCandidate, type LevelMix, drawMockCards } from '@/lib/mock/draw';
import { type MockAnswerInput, ratingForScore, scoreAnswer } from '@/lib/mock/score';
import { retrievability } from '@/lib/srs/retrievability';
import type { Scheduler } from '@/lib/srs/scheduler';
import type { Db } from '../connection';
import { type MockAnswerRow, type MockSessionRow, cardContents, cards, mockAnswers, mockSessions } from '../schema';
import { memoryStateOfRow } from './memory-state';
import { applyReview } from './reviews';
import { getSettings } from './settings';
import { studiable } from './studiable';

export interface MockSetup {
  areas: string[];
  subtopics: string[];
  levelMix: LevelMix;
  questionCount: number;
  timeBudgetMs: number | null;
  seed: number;
  practiceOnly: boolean;
}

/**
 * The cards a mock may draw from, with what the draw weighs: predicted recall now (with the person's FSRS
 * parameters) and lapses.
 */
export function getDrawCandidates(db: Db, areas: readonly string[], subtopics: readonly string[], now: Date): DrawCandidate[] {
  const { fsrsWeights } = getSettings(db);
  const rows = db
    .select()
    .from(cards)
    .where(and(inArray(cards.area, [...areas]), studiable))
    .all()
    .filter((row) => subtopics.length === 0 || subtopics.includes(row.subtopic));
  return rows.map((row) => {
    const memory = memoryStateOfRow(row);
    return {
      id: row.id,
      area: row.area,
      subtopic: row.subtopic,
      level: row.level,
      recall: memory ? retrievability(memory, now, fsrsWeights) : null,
      lapses: row.lapses,
    };
  });
}

/** Draws the questions and stores the session; returns null when the selection holds no cards. */
export function createMockSession(db: Db, setup: MockSetup, now: Date): MockSessionRow | null {
  const candidates = getDrawCandidates(db, setup.areas, setup.subtopics, now);
  const cardIds = drawMockCards(candidates, { count: setup.questionCount, levelMix: setup.levelMix, seed: setup.seed });
  if (cardIds.length === 0) return null;
  return db
    .insert(mockSessions)
    .values({
      id: randomUUID(),
      createdAt: now,
      areas: setup.areas,
      subtopics: setup.subtopics,
      levelMix: setup.levelMix,
      timeBudgetMs: setup.timeBudgetMs,
      seed: setup.seed,
      practiceOnly: setup.practiceOnly,
      cardIds,
      status: 'active',
    })
    .returning()
    .get();
}

export interface MockCard {
  id: string;
  area: string;
  subtopic: string;
  level: 'E' | 'M' | 'H';
  source: Card;
  rendered: RenderedCard;
}

export interface MockSessionDetail {
  session: MockSessionRow;
  answers: MockAnswerRow[];
  /** The drawn cards, in question order. */
  cards: MockCard[];
}

export function getMockSession(db: Db, sessionId: string): MockSessionDetail | null {
  const session = db.select().from(mockSessions).where(eq(mockSessions.id, sessionId)).get();
  if (!session) return null;
  const answers = db
    .select()
    .from(mockAnswers)
    .where(eq(mockAnswers.sessionId, sessionId))
    .orderBy(asc(mockAnswers.position))
    .all();
  const rows = db
    .select({ card: cards, source: cardContents.source, rendered: cardContents.rendered })
    .from(cards)
    .innerJoin(cardContents, eq(cardContents.cardId, cards.id))
    .where(inArray(cards.id, session.cardIds))
    .all();
  const byId = new Map(rows.map((row) => [row.card.id, row]));
  const drawn = session.cardIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { card } = row;
    return [{ id, area: card.area, subtopic: card.subtopic, level: card.level, source: row.source, rendered: row.rendered }];
  });
  return { session, answers, cards: drawn };
}

export interface MockAnswerSubmission {
  sessionId: string;
  position: number;
  answer: MockAnswerInput;
  flagged: boolean;
  durationMs: number;
}

export type MockAnswerOutcome =
  | { ok: true; answer: MockAnswerRow; finished: boolean }
  | { ok: false; code: 'unknown-session' | 'not-active' | 'out-of-order' | 'unknown-card'; message: string };

/**
 * Saves one answer as it is given: the score is computed here from the card (never sent by the client), and unless
 * the session is practice-only the answer feeds FSRS as a `mock` review with the grade its score maps to; answer
 * and review commit together. Saving the same position again returns the stored answer. The session finishes with
 * its last answer.
 */
export function recordMockAnswer(db: Db, scheduler: Scheduler, submission: MockAnswerSubmission, now: Date): MockAnswerOutcome {
  return db.transaction(
    (tx): MockAnswerOutcome => {
      const session = tx.select().from(mockSessions).where(eq(mockSessions.id, submission.sessionId)).get();
      if (!session) return { ok: false, code: 'unknown-session', message: 'There is no such mock interview.' };
      const existing = tx
        .select()
        .from(mockAnswers)
        .where(and(eq(mockAnswers.sessionId, session.id), eq(mockAnswers.position, submission.position)))
        .get();
      if (existing) return { ok: true, answer: existing, finished: session.status === 'finished' };
      if (session.status !== 'active') {
        return { ok: false, code: 'not-active', message: `This mock interview is ${session.status}.` };
      }
      const answered = tx.select({ n: count() }).from(mockAnswers).where(eq(mockAnswers.sessionId, session.id)).get()!.n;
      if (submission.position !== answered || submission.position >= session.cardIds.length) {
        return { ok: false, code: 'out-of-order', message: `Question ${submission.position + 1} is not the next one.` };
      }
      const cardId = session.cardIds[submission.position]!;
      const content = tx.select().from(cardContents).where(eq(cardContents.cardId, cardId)).get();
      if (!content) return { ok: false, code: 'unknown-card', message: `The card "${cardId}" no longer exists.` };

      const skipped = submission.answer.kind === 'skipped';
      const score = scoreAnswer(content.source, submission.answer);
      let reviewLogId: string | null = null;
      if (!session.practiceOnly && !skipped) {
        reviewLogId = randomUUID();
        const review = applyReview(
          db,
          scheduler,
          { reviewId: reviewLogId, cardId, rating: ratingForScore(score), durationMs: submission.durationMs, source: 'mock' },
          now,
        );
        // A card retired since the draw still gets its answer recorded, just not a review.
        if (!review.ok) reviewLogId = null;
      }
      const answer = tx
        .insert(mockAnswers)
        .values({
          sessionId: session.id,
          position: submission.position,
          cardId,
          skipped,
          flagged: submission.flagged,
          score,
          response: submission.answer,
          durationMs: submission.durationMs,
          answeredAt: now,
          reviewLogId,
        })
        .returning()
        .get();
      const finished = submission.position === session.cardIds.length - 1;
      if (finished) {
        tx.update(mockSessions).set({ status: 'finished', endedAt: now }).where(eq(mockSessions.id, session.id)).run();
      }
      return { ok: true, answer, finished };
    },
    { behavior: 'immediate' },
  );
}

/** Ends an active session early: "finished" when time ran out or the person stops, "abandoned" to discard it. */
export function endMockSession(db: Db, sessionId: string, status: 'finished' | 'abandoned', now: Date): boolean {
  const result = db
    .update(mockSessions)
    .set({ status, endedAt: now })
    .where(and(eq(mockSessions.id, sessionId), eq(mockSessions.status, 'active')))
    .run();
  return result.changes === 1;
}

export interface MockSessionSummary {
  session: MockSessionRow;
  answered: number;
  /** Mean score over the questions reached (a skip counts 0); null before the first answer. */
  score: number | null;
}

/** Every mock session, newest first, with how far it got and its overall score. */
export function listMockSessions(db: Db): MockSessionSummary[] {
  const sessions = db.select().from(mockSessions).orderBy(desc(mockSessions.createdAt)).all();
  const answers = db.select({ sessionId: mockAnswers.sessionId, score: mockAnswers.score }).from(mockAnswers).all();
  const bySession = new Map<string, number[]>();
  for (const answer of answers) {
    const scores = bySession.get(answer.sessionId);
    if (scores) scores.push(answer.score);
    else bySession.set(answer.sessionId, [answer.score]);
  }
  return sessions.map((session) => {
    const scores = bySession.get(session.id) ?? [];
    const total = scores.reduce((sum, score) => sum + score, 0);
    return { session, answered: scores.length, score: scores.length ? total / scores.length : null };
  });
}

/** Per-area mean score of each earlier finished session, newest first: the comparison on a scorecard. */
export function getEarlierAreaScores(db: Db, before: Date, areas: readonly string[]) {
  const rows = db
    .select({
      sessionId: mockSessions.id,
      createdAt: mockSessions.createdAt,
      area: cards.area,
      score: mockAnswers.score,
    })
    .from(mockAnswers)
    .innerJoin(mockSessions, eq(mockSessions.id, mockAnswers.sessionId))
    .innerJoin(cards, eq(cards.id, mockAnswers.cardId))
    .where(and(eq(mockSessions.status, 'finished'), inArray(cards.area, [...areas])))
    .orderBy(desc(mockSessions.createdAt))
    .all()
    .filter((row) => row.createdAt.getTime() < before.getTime());
  const latest = new Map<string, { sessionId: string; createdAt: Date; scores: number[] }>();
  for (const row of rows) {
    const entry = latest.get(row.area);
    if (!entry) latest.set(row.area, { sessionId: row.sessionId, createdAt: row.createdAt, scores: [row.score] });
    else if (entry.sessionId === row.sessionId) entry.scores.push(row.score);
  }
  return new Map(
    [...latest.entries()].map(([area, entry]) => [
      area,
      { sessionId: entry.sessionId, createdAt: entry.createdAt, score: entry.scores.reduce((a, b) => a + b, 0) / entry.scores.length },
    ]),
  );
}
