import { count, eq, getTableColumns, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { FullExportSource } from '@/lib/export/full-export-schema';
import { hashCardContent, type RenderedCard, renderCard } from '@/lib/questions/render-card';
import type { Db, Tx } from './connection';
import { saveSettings } from './queries/settings';
import { cardContents, cards, mockAnswers, mockSessions, reviewLogs } from './schema';

export interface ImportReport {
  cards: number;
  personalCards: number;
  reviews: number;
  mockSessions: number;
  settings: boolean;
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  | { ok: false; code: 'not-empty' | 'id-taken' | 'does-not-render'; message: string };

/**
 * What makes this instance not empty, or null when it is. Empty means nothing the person made: no review, no mock
 * interview, no personal card, no card studied, suspended or buried. Bank cards as the start-up sync adds them are
 * fine: the import overwrites them with the exported rows.
 */
export function findImportBlockers(db: Db | Tx): string | null {
  const n = (rows: { n: number }[]) => rows[0]?.n ?? 0;
  const found = [
    [n(db.select({ n: count() }).from(reviewLogs).all()), 'review'],
    [n(db.select({ n: count() }).from(mockSessions).all()), 'mock interview'],
    [n(db.select({ n: count() }).from(cards).where(eq(cards.origin, 'personal')).all()), 'personal card'],
    [
      n(
        db
          .select({ n: count() })
          .from(cards)
          .where(or(ne(cards.state, 'new'), isNotNull(cards.suspendedAt), isNotNull(cards.buriedUntil)))
          .all(),
      ),
      'card studied, suspended or buried',
    ],
  ] as const;
  const present = found.filter(([total]) => total > 0).map(([total, what]) => `${total} ${what}${total === 1 ? '' : 's'}`);
  if (present.length === 0) return null;
  return (
    `This instance already holds your data (${present.join(', ')}), and an import goes only into an empty one, so ` +
    'nothing was changed. Import into a new database (start Recall with DATABASE_PATH set to a new file), or use a ' +
    'backup and restore to replace everything here.'
  );
}

interface ContentWrite {
  cardId: string;
  contentHash: string;
  source: string;
  rendered: RenderedCard;
  sourceFile: string | null;
  sourceLine: number | null;
}

/**
 * Imports a validated full export into an empty instance, in one immediate transaction: the settings, every card
 * (bank cards already synced are overwritten with the exported rows), its content, the review log and the mock
 * interviews. Nothing is written when the instance is not empty or a personal card would take a bank card's id.
 *
 * Content is re-rendered here, never taken from the file (the rendered HTML is what the pages trust). A bank card
 * whose content is the one this instance's banks already hold keeps its row, so the next start-up sync finds its
 * hash unchanged and leaves the card alone.
 */
export function importFullExport(db: Db, data: FullExportSource): ImportOutcome {
  const blockers = findImportBlockers(db);
  if (blockers) return { ok: false, code: 'not-empty', message: blockers };
  const bankHashes = new Map(
    db
      .select({ id: cards.id, hash: cardContents.contentHash })
      .from(cards)
      .leftJoin(cardContents, eq(cardContents.cardId, cards.id))
      .where(eq(cards.origin, 'bank'))
      .all()
      .map((row) => [row.id, row.hash]),
  );
  // Rendering (KaTeX) is the slow part: before the write transaction, and only where the content differs.
  const contents: ContentWrite[] = [];
  let index = -1;
  let personalCards = 0;
  for (const card of data.records('cards')) {
    index += 1;
    if (card.origin === 'personal') {
      personalCards += 1;
      if (bankHashes.has(card.id)) {
        return {
          ok: false,
          code: 'id-taken',
          message: `cards[${index}]: the personal card "${card.id}" has the id of a bank card here, so nothing was imported.`,
        };
      }
    }
    if (!card.content) continue;
    const contentHash = hashCardContent(card.content.source);
    if (bankHashes.get(card.id) === contentHash) continue;
    const { rendered, problems } = renderCard(card.content.source);
    // The app never stores a card whose math or code does not render (bank sync and personal cards both refuse).
    const problem = problems[0];
    if (problem) {
      return {
        ok: false,
        code: 'does-not-render',
        message: `cards[${index}].content.source.${problem.field}: ${problem.message}; nothing was imported.`,
      };
    }
    const { source, sourceFile, sourceLine } = card.content;
    contents.push({ cardId: card.id, contentHash, source: JSON.stringify(source), rendered, sourceFile, sourceLine });
  }

  return db.transaction(
    (tx): ImportOutcome => {
      // Checked again under the write lock: another process on the same file (a second server) may have written.
      const blockersNow = findImportBlockers(tx);
      if (blockersNow) return { ok: false, code: 'not-empty', message: blockersNow };
      writeImport(db, data, contents);
      return {
        ok: true,
        report: {
          cards: data.counts.cards,
          personalCards,
          reviews: data.counts.reviewLogs,
          mockSessions: data.counts.mockSessions,
          settings: data.settings !== null,
        },
      };
    },
    { behavior: 'immediate' },
  );
}

const ms = (date: Date | null) => date?.getTime() ?? null;

/** The writes of an import; the caller holds the transaction. Statements are prepared once: a million reviews. */
function writeImport(db: Db, data: FullExportSource, contents: ContentWrite[]) {
  if (data.settings) saveSettings(db, data.settings.value, data.settings.updatedAt);
  const statements = importStatements(db);
  for (const card of data.records('cards')) {
    const { content: _content, ...row } = card;
    statements.upsertCard.run({
      ...row,
      retiredAt: ms(row.retiredAt),
      suspendedAt: ms(row.suspendedAt),
      buriedUntil: ms(row.buriedUntil),
      createdAt: ms(row.createdAt),
      updatedAt: ms(row.updatedAt),
      due: ms(row.due),
      lastReview: ms(row.lastReview),
    });
  }
  for (const content of contents) statements.upsertContent.run({ ...content, rendered: JSON.stringify(content.rendered) });
  for (const log of data.records('reviewLogs')) {
    statements.insertLog.run({
      ...log,
      reviewedAt: ms(log.reviewedAt),
      stateBefore: log.stateBefore ? JSON.stringify(log.stateBefore) : null,
      stateAfter: JSON.stringify(log.stateAfter),
    });
  }
  for (const session of data.records('mockSessions')) {
    statements.insertSession.run({
      ...session,
      createdAt: ms(session.createdAt),
      endedAt: ms(session.endedAt),
      areas: JSON.stringify(session.areas),
      subtopics: JSON.stringify(session.subtopics),
      cardIds: JSON.stringify(session.cardIds),
      practiceOnly: session.practiceOnly ? 1 : 0,
    });
  }
  for (const answer of data.records('mockAnswers')) {
    statements.insertAnswer.run({
      ...answer,
      skipped: answer.skipped ? 1 : 0,
      flagged: answer.flagged ? 1 : 0,
      response: JSON.stringify(answer.response),
      answeredAt: ms(answer.answeredAt),
    });
  }
}

/** A placeholder bound as given: dates as epoch milliseconds, JSON as text, booleans as 0/1 (as drizzle stores them). */
const raw = (name: string) => sql`${sql.placeholder(name)}`;
const excluded = (column: string) => sql.raw(`excluded."${column}"`);

function importStatements(db: Db) {
  return {
    upsertCard: db
      .insert(cards)
      .values({
        id: raw('id'),
        area: raw('area'),
        subtopic: raw('subtopic'),
        level: raw('level'),
        format: raw('format'),
        origin: raw('origin'),
        newPosition: raw('newPosition'),
        retiredAt: raw('retiredAt'),
        suspendedAt: raw('suspendedAt'),
        buriedUntil: raw('buriedUntil'),
        createdAt: raw('createdAt'),
        updatedAt: raw('updatedAt'),
        state: raw('state'),
        due: raw('due'),
        stability: raw('stability'),
        difficulty: raw('difficulty'),
        scheduledDays: raw('scheduledDays'),
        learningSteps: raw('learningSteps'),
        reps: raw('reps'),
        lapses: raw('lapses'),
        lastReview: raw('lastReview'),
      })
      .onConflictDoUpdate({
        target: cards.id,
        set: Object.fromEntries(
          Object.entries(getTableColumns(cards))
            .filter(([key]) => key !== 'id')
            .map(([key, column]) => [key, excluded(column.name)]),
        ),
      })
      .prepare(),
    upsertContent: db
      .insert(cardContents)
      .values({
        cardId: raw('cardId'),
        contentHash: raw('contentHash'),
        source: raw('source'),
        rendered: raw('rendered'),
        sourceFile: raw('sourceFile'),
        sourceLine: raw('sourceLine'),
      })
      .onConflictDoUpdate({
        target: cardContents.cardId,
        set: {
          contentHash: excluded('content_hash'),
          source: excluded('source'),
          rendered: excluded('rendered'),
          sourceFile: excluded('source_file'),
          sourceLine: excluded('source_line'),
        },
      })
      .prepare(),
    insertLog: db
      .insert(reviewLogs)
      .values({
        id: raw('id'),
        cardId: raw('cardId'),
        rating: raw('rating'),
        source: raw('source'),
        reviewedAt: raw('reviewedAt'),
        durationMs: raw('durationMs'),
        stateBefore: raw('stateBefore'),
        stateAfter: raw('stateAfter'),
      })
      .prepare(),
    insertSession: db
      .insert(mockSessions)
      .values({
        id: raw('id'),
        createdAt: raw('createdAt'),
        areas: raw('areas'),
        subtopics: raw('subtopics'),
        levelMix: raw('levelMix'),
        timeBudgetMs: raw('timeBudgetMs'),
        seed: raw('seed'),
        practiceOnly: raw('practiceOnly'),
        cardIds: raw('cardIds'),
        status: raw('status'),
        endedAt: raw('endedAt'),
      })
      .prepare(),
    insertAnswer: db
      .insert(mockAnswers)
      .values({
        sessionId: raw('sessionId'),
        position: raw('position'),
        cardId: raw('cardId'),
        skipped: raw('skipped'),
        flagged: raw('flagged'),
        score: raw('score'),
        response: raw('response'),
        durationMs: raw('durationMs'),
        answeredAt: raw('answeredAt'),
        reviewLogId: raw('reviewLogId'),
      })
      .prepare(),
  };
}
