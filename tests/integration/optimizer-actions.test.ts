import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { default_w } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProgress } from '@/app/progress/load-progress';
import { submitReview } from '@/app/review/actions';
import { updateSettings } from '@/app/settings/actions';
import { applyFittedParameters, getOptimization, resetFsrsParameters, startOptimization } from '@/app/settings/optimizer-actions';
import { optimizerJobs } from '@/app/settings/optimizer-jobs';
import type { Db } from '@/db/connection';
import { memoryStateOfRow } from '@/db/queries/memory-state';
import { getDrawCandidates } from '@/db/queries/mock-sessions';
import { getSubtopicProgress } from '@/db/queries/progress';
import { getSettings, saveSettings } from '@/db/queries/settings';
import { cards } from '@/db/schema';
import type { OptimizerResult } from '@/lib/srs/optimizer/optimize-parameters';
import { retrievability } from '@/lib/srs/retrievability';
import { recordHistory, simulateHistory } from '../fixtures/synthetic-history';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

// The actions open the database named by DATABASE_PATH, as in the running app.
const start = new Date(2026, 0, 5);
const historyCards = Array.from({ length: 300 }, (_, index) => `la-${index}`);
/** Cards drilled on one day only, the day before the history: reviews the optimizer cannot learn from. */
const sameDayCards = Array.from({ length: 150 }, (_, index) => `la-drill-${index}`);
const freshCard = 'la-fresh';
const now = new Date(2026, 2, 6, 12, 0);

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText([...historyCards, ...sameDayCards, freshCard])], new Date(2026, 0, 1)));
});
afterAll(() => cleanup());

/** Starts a job and waits for it to finish; returns its id and final state. */
async function optimize() {
  const started = await startOptimization({});
  if (!started.ok) throw new Error(started.message);
  await optimizerJobs().settled(started.data.jobId);
  const job = await getOptimization({ jobId: started.data.jobId });
  if (!job.ok) throw new Error(job.message);
  return { jobId: started.data.jobId, state: job.data.state };
}

const cardRow = (id: string) => db.select().from(cards).where(eq(cards.id, id)).get()!;

describe('the optimizer actions refuse bad payloads', () => {
  it.each([
    ['startOptimization', () => startOptimization({ weights: [...default_w] })],
    ['startOptimization', () => startOptimization('go')],
    ['startOptimization', () => startOptimization(undefined)],
    ['getOptimization', () => getOptimization({ jobId: 'job-1' })],
    ['getOptimization', () => getOptimization({ jobId: randomUUID(), extra: true })],
    ['applyFittedParameters', () => applyFittedParameters({ jobId: randomUUID(), fsrsWeights: [...default_w] })],
    ['applyFittedParameters', () => applyFittedParameters({ fsrsWeights: [...default_w] })],
    ['applyFittedParameters', () => applyFittedParameters([...default_w])],
    ['resetFsrsParameters', () => resetFsrsParameters({ fsrsWeights: [...default_w] })],
    ['resetFsrsParameters', () => resetFsrsParameters(null)],
  ])('%s(%#) is refused and writes nothing', async (_name, call) => {
    const before = snapshotTables(db);
    const result = await call();
    expect(result.ok).toBe(false);
    expect(snapshotTables(db)).toEqual(before);
  });

  it('refuses an unknown job', async () => {
    for (const call of [getOptimization, applyFittedParameters]) {
      expect(await call({ jobId: randomUUID() })).toEqual({
        ok: false,
        message: 'That optimization is not known here (the server may have restarted since): run it again.',
      });
    }
  });
});

describe('below the minimum history', () => {
  it('refuses at once, with the reason, when there are fewer reviews in all than the minimum', async () => {
    const result = await startOptimization({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('needs at least 400 reviews made on a later day than the card');
    expect(!result.ok && result.message).toContain('So far there are 0 reviews in all.');
  });

  it('refuses, with the reason, a history of reviews all made on the day the cards were learnt', async () => {
    // Again, then the two learning steps: three reviews of each card, all on one day.
    const day = new Date(2026, 0, 4, 10, 0).getTime();
    const drills = sameDayCards.flatMap((cardId) =>
      ([[0, 1], [1, 3], [11, 3]] as const).map(([minutes, rating], index) => ({
        cardId,
        area: 'linear-algebra',
        at: new Date(day + minutes * 60_000),
        rating,
        first: index === 0,
      })),
    );
    recordHistory(db, drills);
    const { state } = await optimize();
    expect(state).toEqual({
      status: 'refused',
      message: expect.stringContaining('So far there are 0 such reviews, of 0 cards, on 0 days.') as unknown,
    });
  });
});

describe('with two months of history', () => {
  let jobId: string;
  let result: OptimizerResult;

  beforeAll(() => {
    recordHistory(db, simulateHistory({ cardIds: historyCards, newPerDay: 10, totalDays: 60, seed: 7, start }));
  });

  it('applies nothing before the fit has finished', async () => {
    const started = await startOptimization({});
    if (!started.ok) throw new Error(started.message);
    jobId = started.data.jobId;
    expect(await startOptimization({})).toEqual({ ok: true, data: { jobId } });
    expect(await applyFittedParameters({ jobId })).toEqual({ ok: false, message: 'This optimization has no fitted parameters to apply.' });
    expect(getSettings(db).fsrsWeights).toBeNull();

    await optimizerJobs().settled(jobId);
    const job = await getOptimization({ jobId });
    if (!job.ok || job.data.state.status !== 'done') throw new Error(`the job ended ${JSON.stringify(job)}`);
    result = job.data.state.result;
    expect(result.better).toBe(true);
  });

  it('applies the fitted parameters, its own result, when asked by job id', async () => {
    expect(await applyFittedParameters({ jobId })).toEqual({ ok: true, data: { fsrsWeights: result.fitted.weights } });
    expect(getSettings(db).fsrsWeights).toEqual(result.fitted.weights);
  });

  it('then predicts recall with them everywhere: a card, the mock draw, progress and its projections', () => {
    const settings = getSettings(db);
    const memory = memoryStateOfRow(cardRow('la-0'))!;
    const fitted = retrievability(memory, now, settings.fsrsWeights);
    expect(fitted).not.toBeCloseTo(retrievability(memory, now, null), 3);
    expect(getDrawCandidates(db, ['linear-algebra'], [], now).find((card) => card.id === 'la-0')?.recall).toBe(fitted);

    const recallSum = (weights: readonly number[] | null) => getSubtopicProgress(db, now, weights).reduce((sum, row) => sum + row.recallSum, 0);
    expect(recallSum(settings.fsrsWeights)).not.toBeCloseTo(recallSum(null), 1);

    // The projection cache is keyed by every setting: the fitted parameters give a projection of their own.
    const interview = { interviewDate: '2026-03-27', interviewAreas: [], interviewMode: false };
    const projected = (weights: number[] | null) =>
      loadProgress(db, { ...settings, ...interview, fsrsWeights: weights }, now).interview!.plans[0]!.recallAsScheduled;
    const withDefaults = projected(null);
    const withFitted = projected(settings.fsrsWeights);
    expect(withFitted).not.toEqual(withDefaults);
    expect(loadProgress(db, { ...settings, fsrsWeights: null }, now).report).not.toEqual(loadProgress(db, settings, now).report);
  });

  it('then schedules reviews with them', async () => {
    const result = await submitReview({ reviewId: randomUUID(), cardId: freshCard, rating: 3, durationMs: 2_000 });
    expect(result.ok).toBe(true);
    // A first Good gives FSRS's initial stability for Good, w2: the fitted one, not the default 2.3065.
    const w2 = getSettings(db).fsrsWeights![2]!;
    expect(cardRow(freshCard).stability).toBeCloseTo(Math.max(w2, 0.1), 6);
    expect(cardRow(freshCard).stability).not.toBeCloseTo(default_w[2]!, 2);
  });

  it('keeps them when the settings form is saved', async () => {
    const form = new FormData();
    const fields = { desiredRetention: '0.92', newCardsPerDay: '15', maxReviewsPerDay: '200', dayStartHour: '4' };
    for (const [key, value] of Object.entries({ ...fields, learningSteps: '1m 10m', relearningSteps: '10m', interviewDate: '', targetRecall: '0.85' })) {
      form.set(key, value);
    }
    const saved = await updateSettings(null, form);
    expect(saved.ok && saved.data.fsrsWeights).toEqual(result.fitted.weights);
    expect(getSettings(db)).toMatchObject({ desiredRetention: 0.92, fsrsWeights: result.fitted.weights });
  });

  it('refuses a result that did not beat the parameters in use, or that was scored against other ones', async () => {
    const worse = optimizerJobs().start(now, async () => ({ status: 'done', result: { ...result, better: false } }));
    await optimizerJobs().settled(worse.id);
    expect(await applyFittedParameters({ jobId: worse.id })).toEqual({
      ok: false,
      message: 'The fitted parameters did not predict your later reviews better than the current ones: not applied.',
    });
    // The job compared its fit with the defaults; the fitted parameters are in use now.
    expect(await applyFittedParameters({ jobId })).toEqual({ ok: false, message: 'Your parameters changed since this optimization ran: run it again.' });
  });

  it('goes back to the default parameters', async () => {
    expect(await resetFsrsParameters({})).toEqual({ ok: true, data: null });
    expect(getSettings(db).fsrsWeights).toBeNull();
    // Scored against the defaults, the first result applies again.
    expect((await applyFittedParameters({ jobId })).ok).toBe(true);
    saveSettings(db, { ...getSettings(db), fsrsWeights: null }, now);
  });

  it('compares a new fit with the fitted parameters in use, and with the defaults', async () => {
    saveSettings(db, { ...getSettings(db), fsrsWeights: result.fitted.weights }, now);
    const { state } = await optimize();
    if (state.status !== 'done') throw new Error(JSON.stringify(state));
    expect(state.result.current.fsrsWeights).toEqual(result.fitted.weights);
    expect(state.result.defaults?.logLoss).toBeCloseTo(result.current.evaluation.logLoss, 6);
  });
});
