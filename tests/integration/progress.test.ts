import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProgress } from '@/app/progress/load-progress';
import { type Db, openDatabase } from '@/db/connection';
import { createMockSession, recordMockAnswer } from '@/db/queries/mock-sessions';
import { getAreaVersions, getMockSubtopicScores, getSubtopicProgress } from '@/db/queries/progress';
import { recordReview, undoReview } from '@/db/queries/reviews';
import { memoryStateOfRow } from '@/db/queries/memory-state';
import { retrievability } from '@/lib/srs/retrievability';
import { createScheduler } from '@/lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { eq } from 'drizzle-orm';
import { cards } from '@/db/schema';
import { bankText, createTestDb, syncText } from '../fixtures/test-db';

const start = new Date(2026, 10, 2, 9, 0);
const now = new Date(2026, 10, 23, 10, 0);
const scheduler = createScheduler(DEFAULT_SETTINGS);
let db: Db;
let cleanup: () => void;
let file: string;

const at = (base: Date, days: number) => new Date(base.getTime() + days * 86_400_000);
const review = (cardId: string, rating: 1 | 2 | 3 | 4, when: Date) =>
  recordReview(db, scheduler, { reviewId: randomUUID(), cardId, rating, durationMs: 4000, source: 'daily' }, when);

beforeEach(() => {
  ({ db, cleanup, file } = createTestDb());
  syncText(
    db,
    [
      bankText(['la-1', 'la-2', 'la-3', 'la-4'], { area: 'linear-algebra', subtopic: 'eigen' }),
      bankText(['la-5', 'la-6'], { area: 'linear-algebra', subtopic: 'svd' }),
      bankText(['prob-1', 'prob-2'], { area: 'probability', subtopic: 'conditional-bayes' }),
    ],
    start,
  );
  // Two eigen cards learnt three weeks ago and reviewed once since; one SVD card learnt yesterday.
  for (const id of ['la-1', 'la-2']) {
    review(id, 3, start);
    review(id, 3, at(start, 0.01));
    review(id, 3, at(start, 3));
  }
  review('la-5', 3, at(now, -1));
  review('la-5', 3, at(now, -0.99));
});
afterEach(() => cleanup());

describe('progress now', () => {
  it('aggregates coverage and predicted recall in SQL as FSRS predicts them card by card', () => {
    const rows = getSubtopicProgress(db, now, null);
    const eigen = rows.find((row) => row.subtopic === 'eigen')!;
    expect(eigen).toMatchObject({ area: 'linear-algebra', cards: 4, studied: 2 });
    const expected = ['la-1', 'la-2'].reduce((sum, id) => sum + retrievability(memoryStateOfRow(db.select().from(cards).where(eq(cards.id, id)).get()!), now, null), 0);
    expect(eigen.recallSum).toBeCloseTo(expected, 7); // ts-fsrs rounds to 8 decimals
    expect(rows.find((row) => row.subtopic === 'conditional-bayes')).toMatchObject({ cards: 2, studied: 0, recallSum: 0 });
  });

  it('reports per area and subtopic, unseen cards counted as not known, and the weakest first', () => {
    const { report } = loadProgress(db, DEFAULT_SETTINGS, now);
    const algebra = report.find((area) => area.id === 'linear-algebra')!;
    expect(algebra).toMatchObject({ cards: 6, studied: 3 });
    expect(algebra.recallAll).toBeCloseTo((algebra.recallStudied! * 3) / 6, 9);
    expect(algebra.recallStudied).toBeGreaterThan(0.5);
    expect(algebra.subtopics.map((line) => line.id)).toEqual(['eigen', 'svd']);
    expect(report.find((area) => area.id === 'probability')).toMatchObject({ studied: 0, recallAll: 0, recallStudied: null });
  });

  it('keeps the score of each finished mock session per subtopic, and readiness weighs the recent ones', () => {
    const session = createMockSession(
      db,
      { areas: ['linear-algebra'], subtopics: [], levelMix: 'balanced', questionCount: 2, timeBudgetMs: null, seed: 3, practiceOnly: true },
      now,
    )!;
    const answer = (position: number, coveredKeyPoints: number[]) =>
      recordMockAnswer(
        db,
        scheduler,
        { sessionId: session.id, position, flagged: false, durationMs: 1000, answer: { kind: 'free-recall', text: '', coveredKeyPoints } },
        now,
      );
    answer(0, [0, 1]);
    // An unfinished session does not count yet; answering the last question finishes it.
    expect(getMockSubtopicScores(db)).toEqual([]);
    expect(answer(1, [])).toMatchObject({ ok: true, finished: true });
    const scores = getMockSubtopicScores(db);
    expect(scores.reduce((sum, row) => sum + row.answers, 0)).toBe(2);
    const { report } = loadProgress(db, DEFAULT_SETTINGS, now);
    const algebra = report.find((area) => area.id === 'linear-algebra')!;
    expect(algebra.mockScores).toEqual([0.5]);
    expect(algebra.readiness).toBeCloseTo(0.7 * algebra.recallAll + 0.3 * 0.5, 9);
  });
});

describe('the interview outlook', () => {
  it('projects the covered areas to the interview day and plans new cards to reach the target', () => {
    const settings = { ...DEFAULT_SETTINGS, interviewDate: '2026-12-14', interviewAreas: ['linear-algebra'] };
    const { interview } = loadProgress(db, settings, now);
    expect(interview).not.toBeNull();
    expect(interview!.daysLeft).toBe(21);
    expect(interview!.plans.map((plan) => plan.area)).toEqual(['linear-algebra']);
    const [plan] = interview!.plans;
    expect(plan!.recallAsScheduled).toBeGreaterThan(plan!.recallIfIdle);
    expect(plan!.recallAsScheduled).toBeLessThanOrEqual(0.5); // three of six cards are unseen
    expect(plan!.reachable).toBe(true);
    expect(plan!.newPerDay).toBeGreaterThanOrEqual(1);
    expect(plan!.recallWithPlan).toBeGreaterThanOrEqual(0.85);
    expect(interview!.fit.fits).toBe(true);
  });

  it('has no outlook once the interview date has passed', () => {
    const settings = { ...DEFAULT_SETTINGS, interviewDate: '2026-11-20' };
    expect(loadProgress(db, settings, now).interview).toBeNull();
  });
});

describe('caching the interview projection', () => {
  const settings = { ...DEFAULT_SETTINGS, interviewDate: '2026-12-14', interviewAreas: ['linear-algebra', 'probability'] };
  const minutes = (count: number) => new Date(now.getTime() + count * 60_000);
  const planOf = (outlook: ReturnType<typeof loadProgress>['interview'], area: string) =>
    outlook!.plans.find((plan) => plan.area === area)!;
  /** Plans agree up to the merging of nearly equal states (areas projected together share merged branches). */
  function expectSamePlan(actual: ReturnType<typeof planOf>, expected: ReturnType<typeof planOf>) {
    expect(actual.newPerDay).toBe(expected.newPerDay);
    for (const key of ['recallIfIdle', 'recallAsScheduled', 'recallWithPlan'] as const) expect(actual[key]).toBeCloseTo(expected[key], 3);
  }
  /** The outlook computed from scratch, through a second connection with no cache. */
  function freshOutlook(when: Date, with_ = settings) {
    const other = openDatabase(file);
    try {
      return loadProgress(other, with_, when).interview;
    } finally {
      other.$client.close();
    }
  }

  it('reuses an area projection until one of its cards changes, then matches a fresh computation', () => {
    const first = loadProgress(db, settings, minutes(0)).interview;
    const asScheduled = (outlook: typeof first, area: string) => planOf(outlook, area).recallAsScheduled;
    // Within the hour and with no change, the projection computed a minute ago stands; a new one would differ
    // slightly, since the overdue cards' reviews move by a minute.
    expect(asScheduled(loadProgress(db, settings, minutes(1)).interview, 'linear-algebra')).toBe(asScheduled(first, 'linear-algebra'));
    expect(asScheduled(freshOutlook(minutes(1)), 'linear-algebra')).not.toBe(asScheduled(first, 'linear-algebra'));

    expect(asScheduled(first, 'probability')).toBe(0);
    review('prob-1', 3, minutes(2));
    const afterReview = loadProgress(db, settings, minutes(3)).interview;
    expect(asScheduled(afterReview, 'probability')).toBeGreaterThan(0.4);
    expectSamePlan(planOf(afterReview, 'probability'), planOf(freshOutlook(minutes(3)), 'probability'));
    // The other area's cards did not change: its projection is still the first one.
    expect(asScheduled(afterReview, 'linear-algebra')).toBe(asScheduled(first, 'linear-algebra'));
  });

  it('starts again when the review day turns, or a setting it depends on changes', () => {
    const asScheduled = (outlook: ReturnType<typeof loadProgress>['interview']) => planOf(outlook, 'linear-algebra').recallAsScheduled;
    const first = loadProgress(db, settings, minutes(0)).interview;
    const tomorrow = loadProgress(db, settings, minutes(24 * 60)).interview;
    expect(tomorrow!.daysLeft).toBe(first!.daysLeft - 1);
    expectSamePlan(planOf(tomorrow, 'linear-algebra'), planOf(freshOutlook(minutes(24 * 60)), 'linear-algebra'));

    const lower = { ...settings, desiredRetention: 0.8 };
    const lowerRetention = loadProgress(db, lower, minutes(24 * 60 + 1)).interview;
    expect(asScheduled(lowerRetention)).not.toBe(asScheduled(tomorrow));
    expectSamePlan(planOf(lowerRetention, 'linear-algebra'), planOf(freshOutlook(minutes(24 * 60 + 1), lower), 'linear-algebra'));
  });

  it('shows recall now as of now, even from a projection computed earlier today', () => {
    loadProgress(db, settings, minutes(0));
    const later = loadProgress(db, settings, minutes(5 * 60));
    const algebra = later.report.find((area) => area.id === 'linear-algebra')!;
    expect(planOf(later.interview, 'linear-algebra').recallByDay[0]).toBeCloseTo(algebra.recallAll, 12);
  });
});

describe('area versions', () => {
  it("count every change to an area's cards, whatever makes it: a review, its undo, a bank sync", () => {
    const version = (area: string) => getAreaVersions(db).get(area) ?? 0;
    const [probability, algebra] = [version('probability'), version('linear-algebra')];
    const reviewId = randomUUID();
    recordReview(db, scheduler, { reviewId, cardId: 'prob-1', rating: 3, durationMs: 4000, source: 'daily' }, now);
    expect(version('probability')).toBe(probability + 1);
    expect(undoReview(db, reviewId).ok).toBe(true);
    expect(version('probability')).toBe(probability + 2);
    expect(version('linear-algebra')).toBe(algebra);
    // The bank loses la-6: the card is retired.
    syncText(db, [bankText(['la-1', 'la-2', 'la-3', 'la-4'], { area: 'linear-algebra', subtopic: 'eigen' }), bankText(['la-5'], { area: 'linear-algebra', subtopic: 'svd' }), bankText(['prob-1', 'prob-2'], { area: 'probability', subtopic: 'conditional-bayes' })], now);
    expect(version('linear-algebra')).toBeGreaterThan(algebra);
  });
});
