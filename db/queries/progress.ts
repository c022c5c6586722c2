import { and, asc, count, eq, inArray, isNull, ne, sql, sum } from 'drizzle-orm';
import { computeDecayFactor } from 'ts-fsrs';
import type { StudiedCard } from '@/lib/readiness/project-recall';
import { fsrsWeights } from '@/lib/srs/fsrs-weights';
import type { Db } from '../connection';
import { areaVersions, cards, mockAnswers, mockSessions } from '../schema';
import { DAY_MS } from '@/lib/srs/review-day';

/**
 * FSRS's retrievability at `nowMs`, in SQL: (1 + factor·t/S)^decay with t in days since the last review, decay and
 * factor from the person's parameters (null: ts-fsrs's defaults).
 */
const retrievabilityAt = (nowMs: number, weights: readonly number[] | null) => {
  const { decay, factor } = computeDecayFactor(fsrsWeights(weights));
  return sql<number>`pow(1.0 + ${factor} * max(0.0, (${nowMs} - ${cards.lastReview}) * 1.0 / ${DAY_MS}) / ${cards.stability}, ${decay})`;
};

export interface SubtopicProgress {
  area: string;
  subtopic: string;
  /** Active (not retired) cards. */
  cards: number;
  /** Cards reviewed at least once. */
  studied: number;
  /** Sum of predicted recall now over the studied cards. */
  recallSum: number;
}

/** Coverage and predicted recall now, per area and subtopic, aggregated in SQL over the cards table. */
export function getSubtopicProgress(db: Db, now: Date, weights: readonly number[] | null): SubtopicProgress[] {
  const studied = sql`${cards.state} != 'new' and ${cards.stability} > 0 and ${cards.lastReview} is not null`;
  const rows = db
    .select({
      area: cards.area,
      subtopic: cards.subtopic,
      cards: count(),
      studied: sql<number>`coalesce(sum(${cards.state} != 'new'), 0)`,
      recallSum: sql<number>`coalesce(sum(case when ${studied} then ${retrievabilityAt(now.getTime(), weights)} end), 0)`,
    })
    .from(cards)
    .where(isNull(cards.retiredAt))
    .groupBy(cards.area, cards.subtopic)
    .all();
  return rows.map((row) => ({ ...row, studied: Number(row.studied), recallSum: Number(row.recallSum) }));
}

export interface MockSubtopicScore {
  sessionId: string;
  area: string;
  subtopic: string;
  /** Sum of the scores of the session's answers in the subtopic (a skip counts 0), and how many there were. */
  scoreSum: number;
  answers: number;
}

/** Every finished mock session's scores per subtopic it touched, oldest session first: the trends. */
export function getMockSubtopicScores(db: Db): MockSubtopicScore[] {
  const rows = db
    .select({
      sessionId: mockSessions.id,
      area: cards.area,
      subtopic: cards.subtopic,
      scoreSum: sum(mockAnswers.score).mapWith(Number),
      answers: count(),
    })
    .from(mockAnswers)
    .innerJoin(mockSessions, eq(mockSessions.id, mockAnswers.sessionId))
    .innerJoin(cards, eq(cards.id, mockAnswers.cardId))
    .where(eq(mockSessions.status, 'finished'))
    .groupBy(mockSessions.id, cards.area, cards.subtopic)
    .orderBy(asc(mockSessions.createdAt), asc(mockSessions.id))
    .all();
  return rows;
}

/**
 * The studied cards of some areas, in the shape projections take, with times converted by `toDays`. (Grouping
 * identical states in SQL was measured slower: real states are continuous, so almost nothing groups; the
 * projection merges nearly equal states itself.)
 */
export function getStudiedCardsForProjection(
  db: Db,
  areas: readonly string[],
  toDays: (epochMs: number) => number,
): Map<string, StudiedCard[]> {
  const rows = db
    .select({
      area: cards.area,
      stability: cards.stability,
      difficulty: cards.difficulty,
      // Epoch milliseconds as stored: mapping 100k timestamps to Date objects and back costs more than the query.
      lastReview: sql<number>`${cards.lastReview}`,
      due: sql<number>`${cards.due}`,
    })
    .from(cards)
    .where(
      and(
        isNull(cards.retiredAt),
        ne(cards.state, 'new'),
        sql`${cards.stability} > 0 and ${cards.lastReview} is not null and ${cards.due} is not null`,
        areas.length > 0 ? inArray(cards.area, [...areas]) : undefined,
      ),
    )
    .values(); // arrays, not objects: at 100k cards the row objects cost more than the query
  const byArea = new Map<string, StudiedCard[]>();
  for (const [area, stability, difficulty, lastReview, due] of rows) {
    const card: StudiedCard = { stability, difficulty, lastReview: toDays(lastReview), due: toDays(due) };
    const list = byArea.get(area);
    if (list) list.push(card);
    else byArea.set(area, [card]);
  }
  return byArea;
}

/** Each area's change counter (see `areaVersions`); areas absent from the map are at version 0. */
export function getAreaVersions(db: Db): Map<string, number> {
  const rows = db.select().from(areaVersions).all();
  return new Map(rows.map((row) => [row.area, row.version]));
}
