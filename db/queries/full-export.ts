import { and, asc, eq, gt, gte, or } from 'drizzle-orm';
import {
  type ExportedCard,
  type ExportedMockAnswer,
  type ExportedMockSession,
  type ExportedReviewLog,
  type ExportedSettings,
  FULL_EXPORT_FORMAT,
  FULL_EXPORT_VERSION,
} from '@/lib/export/full-export-schema';
import type { Db } from '../connection';
import { appSettings, cardContents, cards, mockAnswers, mockSessions, reviewLogs } from '../schema';
import { reviewLogsAfter } from './review-export';
import { getSettings } from './settings';

/** Rows read per query: large enough that paging costs little, small enough that a page is a few megabytes. */
const PAGE = 2_000;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The full export (lib/export/full-export-schema.ts) as a sequence of JSON text chunks, one page of records each,
 * so a collection of 100k cards and a million reviews is never held in memory as one document. Records are written
 * one a line, cards by id, reviews by time. Run it on a connection inside a read transaction (see
 * db/read-snapshot.ts) for a consistent snapshot while the app keeps writing.
 */
export function* fullExportChunks(db: Db, now: Date): Generator<string> {
  const head = { format: FULL_EXPORT_FORMAT, version: FULL_EXPORT_VERSION, exportedAt: iso(now), settings: exportedSettings(db) };
  yield `${JSON.stringify(head).slice(0, -1)},\n`;
  yield* collection('cards', keysetPages(cardPage(db), (card) => card.id));
  yield ',\n';
  yield* collection('reviewLogs', keysetPages(reviewLogPage(db), (log) => ({ reviewedAt: new Date(log.reviewedAt), id: log.id })));
  yield ',\n';
  yield* collection('mockSessions', keysetPages(mockSessionPage(db), (session) => session.id));
  yield ',\n';
  yield* collection('mockAnswers', keysetPages(mockAnswerPage(db), (answer) => ({ sessionId: answer.sessionId, position: answer.position })));
  yield '}\n';
}

function* collection<T>(name: string, pages: Generator<T[]>): Generator<string> {
  yield `${JSON.stringify(name)}:[`;
  let first = true;
  for (const page of pages) {
    if (page.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${page.map((record) => JSON.stringify(record)).join(',\n')}`;
    first = false;
  }
  yield first ? ']' : '\n]';
}

function* keysetPages<T, C>(page: (after: C | null) => T[], cursorOf: (record: T) => C): Generator<T[]> {
  let after: C | null = null;
  for (;;) {
    const records = page(after);
    yield records;
    const last = records[records.length - 1];
    if (records.length < PAGE || last === undefined) return;
    after = cursorOf(last);
  }
}

/** The settings as the app reads them (stored values re-validated, defaults filled in), or null when never saved. */
function exportedSettings(db: Db): ExportedSettings | null {
  const row = db.select({ updatedAt: appSettings.updatedAt }).from(appSettings).get();
  return row ? { value: getSettings(db), updatedAt: iso(row.updatedAt) } : null;
}

function cardPage(db: Db) {
  return (after: string | null): ExportedCard[] =>
    db
      .select({ card: cards, source: cardContents.source, sourceFile: cardContents.sourceFile, sourceLine: cardContents.sourceLine })
      .from(cards)
      .leftJoin(cardContents, eq(cardContents.cardId, cards.id))
      .where(after === null ? undefined : gt(cards.id, after))
      .orderBy(asc(cards.id))
      .limit(PAGE)
      .all()
      .map(({ card, source, sourceFile, sourceLine }) => ({
        id: card.id,
        area: card.area,
        subtopic: card.subtopic,
        level: card.level,
        format: card.format,
        origin: card.origin,
        newPosition: card.newPosition,
        retiredAt: isoOrNull(card.retiredAt),
        suspendedAt: isoOrNull(card.suspendedAt),
        buriedUntil: isoOrNull(card.buriedUntil),
        createdAt: iso(card.createdAt),
        updatedAt: iso(card.updatedAt),
        state: card.state,
        due: isoOrNull(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        scheduledDays: card.scheduledDays,
        learningSteps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        lastReview: isoOrNull(card.lastReview),
        content: source === null ? null : { source, sourceFile, sourceLine },
      }));
}

function reviewLogPage(db: Db) {
  return (after: { reviewedAt: Date; id: string } | null): ExportedReviewLog[] =>
    db
      .select()
      .from(reviewLogs)
      .where(reviewLogsAfter(after))
      .orderBy(asc(reviewLogs.reviewedAt), asc(reviewLogs.id))
      .limit(PAGE)
      .all()
      .map((log) => ({ ...log, reviewedAt: iso(log.reviewedAt) }));
}

function mockSessionPage(db: Db) {
  return (after: string | null): ExportedMockSession[] =>
    db
      .select()
      .from(mockSessions)
      .where(after === null ? undefined : gt(mockSessions.id, after))
      .orderBy(asc(mockSessions.id))
      .limit(PAGE)
      .all()
      .map((session) => ({ ...session, createdAt: iso(session.createdAt), endedAt: isoOrNull(session.endedAt) }));
}

function mockAnswerPage(db: Db) {
  return (after: { sessionId: string; position: number } | null): ExportedMockAnswer[] =>
    db
      .select()
      .from(mockAnswers)
      .where(
        after
          ? and(
              gte(mockAnswers.sessionId, after.sessionId),
              or(gt(mockAnswers.sessionId, after.sessionId), gt(mockAnswers.position, after.position)),
            )
          : undefined,
      )
      .orderBy(asc(mockAnswers.sessionId), asc(mockAnswers.position))
      .limit(PAGE)
      .all()
      .map((answer) => ({ ...answer, answeredAt: iso(answer.answeredAt) }));
}
