import { default_w } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { countReviewLogs, reviewHistoryPages } from '@/db/queries/optimizer-history';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { fsrsWeightsSchema } from '@/lib/srs/fsrs-weights';
import { evaluateWeights, toBindingItems } from '@/lib/srs/optimizer/fsrs-binding';
import { type OptimizerProgress, optimizeParameters } from '@/lib/srs/optimizer/optimize-parameters';
import { buildReviewItems } from '@/lib/srs/optimizer/review-items';
import { splitByDay } from '@/lib/srs/optimizer/time-series-split';
import { TRUE_WEIGHTS, asLoggedReviews, recordHistory, simulateHistory } from '../fixtures/synthetic-history';
import { bankText, createTestDb, syncText } from '../fixtures/test-db';

const start = new Date(2026, 0, 5);
const cardIds = Array.from({ length: 300 }, (_, index) => `la-${index}`);
const history = simulateHistory({ cardIds, newPerDay: 10, totalDays: 60, seed: 7, start });

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  syncText(db, bankText(cardIds), new Date(2026, 0, 1));
  recordHistory(db, history);
});
afterAll(() => cleanup());

describe('the optimizer on a history drawn from known FSRS parameters', () => {
  it('fits parameters that predict the later, held-out reviews better than the defaults do', async () => {
    const progress: OptimizerProgress[] = [];
    const started = performance.now();
    const outcome = await optimizeParameters(reviewHistoryPages(db, 500), countReviewLogs(db), DEFAULT_SETTINGS, (step) => progress.push(step));
    const elapsedMs = performance.now() - started;
    if (outcome.status !== 'done') throw new Error(outcome.message);
    const { result } = outcome;
    console.info(
      `optimizer: ${countReviewLogs(db)} logs, ${result.history.reviews} items, ${Math.round(elapsedMs)} ms;`,
      `log loss default ${result.current.evaluation.logLoss.toFixed(4)}, fitted ${result.fitted.evaluation.logLoss.toFixed(4)}`,
    );

    expect(result.current).toMatchObject({ fsrsWeights: null, weights: default_w });
    expect(result.defaults).toBeNull();
    expect(result.fitted.evaluation.logLoss).toBeLessThan(result.current.evaluation.logLoss);
    expect(result.fitted.evaluation.rmseBins).toBeLessThan(result.current.evaluation.rmseBins);
    expect(result.better).toBe(true);
    expect(fsrsWeightsSchema.safeParse(result.fitted.weights).success).toBe(true);
    // The person forgets faster than the defaults assume: the fit lowers the first stabilities towards the truth.
    expect(result.fitted.weights[2]!).toBeLessThan(default_w[2]!);

    // Held out: the latest quarter or so, whole days, after every review fitted on.
    const { fittedOn, checkedOn, from } = result.heldOut;
    expect(fittedOn + checkedOn).toBe(result.history.reviews);
    expect(checkedOn / result.history.reviews).toBeGreaterThan(0.15);
    expect(checkedOn / result.history.reviews).toBeLessThan(0.35);
    expect(from > '2026-01-05' && from < '2026-03-06').toBe(true);

    // Progress only moves forward, through the phases in order, to the end.
    expect(progress.map((step) => step.share)).toEqual([...progress.map((step) => step.share)].sort((a, b) => a - b));
    expect([...new Set(progress.map((step) => step.phase))]).toEqual(['reading', 'fitting-earlier', 'checking', 'fitting-all']);
    expect(progress.at(-1)).toEqual({ phase: 'fitting-all', share: 1 });
  });

  it('scores the true parameters better than the defaults on the same held-out reviews', async () => {
    // A check on the simulation itself: the defaults really are the wrong model of this person.
    const items = buildReviewItems(asLoggedReviews(history), DEFAULT_SETTINGS.dayStartHour);
    const later = (await toBindingItems(items)).slice(splitByDay(items)!.trainCount);
    expect(evaluateWeights(TRUE_WEIGHTS, later).logLoss).toBeLessThan(evaluateWeights(default_w, later).logLoss);
  });
});
