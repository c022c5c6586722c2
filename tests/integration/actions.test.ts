import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { fetchReviewQueue, submitReview, undoLastReview } from '@/app/review/actions';
import { updateSettings } from '@/app/settings/actions';
import { getSettings } from '@/db/queries/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

// The actions open the database named by DATABASE_PATH, as in the running app.
let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-a', 'la-b'])]));
});
afterAll(() => cleanup());

const snapshot = () => snapshotTables(db);

const valid = { reviewId: '6f1c1b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b', cardId: 'la-a', rating: 3, durationMs: 2500 };

describe('submitReview', () => {
  let before: ReturnType<typeof snapshot>;
  beforeEach(() => {
    before = snapshot();
  });

  it.each([
    ['no input', undefined],
    ['a string', 'la-a'],
    ['an array', [valid]],
    ['a missing field', { reviewId: valid.reviewId, cardId: 'la-a', rating: 3 }],
    ['a rating of 0', { ...valid, rating: 0 }],
    ['a rating of 5', { ...valid, rating: 5 }],
    ['a fractional rating', { ...valid, rating: 2.5 }],
    ['a rating as text', { ...valid, rating: '3' }],
    ['NaN duration', { ...valid, durationMs: Number.NaN }],
    ['infinite duration', { ...valid, durationMs: Number.POSITIVE_INFINITY }],
    ['negative duration', { ...valid, durationMs: -1 }],
    ['a review id that is not a UUID', { ...valid, reviewId: 'abc' }],
    ['an oversized card id', { ...valid, cardId: 'a'.repeat(100_000) }],
    ['an unknown extra key', { ...valid, due: Date.now() }],
    ['a prototype-pollution key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`)],
  ])('rejects %s with a clear message and writes nothing', async (_name, input) => {
    const result = await submitReview(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid input: /);
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an unknown card and writes nothing', async () => {
    const result = await submitReview({ ...valid, cardId: 'no-such-card' });
    expect(result).toEqual({ ok: false, message: 'No active card with id "no-such-card".' });
    expect(snapshot()).toEqual(before);
  });

  it('saves a valid review once, however often it is sent, and undoes it', async () => {
    const first = await submitReview(valid);
    expect(first).toMatchObject({ ok: true, data: { cardId: 'la-a' } });
    expect(await submitReview(valid)).toEqual(first);
    expect(db.$client.prepare('select count(*) from review_logs').pluck().get()).toBe(1);

    expect(await undoLastReview({ reviewId: valid.reviewId })).toEqual({ ok: true, data: { cardId: 'la-a' } });
    // Everything is as before the review, but for the time the card row was last touched and the area's change
    // counter, which counted the review and its undo.
    const withoutTouchTime = ({ area_versions: _counted, ...state }: ReturnType<typeof snapshot>) => ({
      ...state,
      cards: (state.cards as Record<string, unknown>[]).map(({ updated_at: _touched, ...row }) => row),
    });
    expect(withoutTouchTime(snapshot())).toEqual(withoutTouchTime(before));
  });
});

describe('undoLastReview and fetchReviewQueue', () => {
  it.each([
    ['no input', undefined],
    ['an empty object', {}],
    ['a number id', { reviewId: 42 }],
    ['an oversized id', { reviewId: 'x'.repeat(10_000) }],
    ['an extra key', { reviewId: valid.reviewId, extra: 1 }],
  ])('undo rejects %s', async (_name, input) => {
    const before = snapshot();
    const result = await undoLastReview(input);
    expect(result.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('rejects unknown areas and accepts known ones', async () => {
    expect(await fetchReviewQueue({ scope: { areas: ['astrology'], subtopics: [] } })).toMatchObject({ ok: false });
    expect(await fetchReviewQueue({ scope: { areas: 'linear-algebra', subtopics: [] } })).toMatchObject({ ok: false });
    expect(await fetchReviewQueue({ scope: { areas: [], subtopics: ['linear-algebra/joins'] } })).toMatchObject({ ok: false });
    expect(await fetchReviewQueue({ areas: ['linear-algebra'] })).toMatchObject({ ok: false });
    const result = await fetchReviewQueue({ scope: { areas: ['linear-algebra'], subtopics: [] } });
    expect(result.ok && result.data.items.map((item) => item.id).sort()).toEqual(['la-a', 'la-b']);
  });
});

describe('updateSettings', () => {
  const form = (fields: Record<string, string>, interviewAreas: string[] = []) => {
    const data = new FormData();
    const values = {
      desiredRetention: '0.9',
      newCardsPerDay: '20',
      maxReviewsPerDay: '200',
      dayStartHour: '4',
      learningSteps: '1m 10m',
      relearningSteps: '10m',
      interviewDate: '',
      targetRecall: '0.85',
      interviewMode: 'on',
      ...fields,
    };
    for (const [key, value] of Object.entries(values)) if (value !== '-') data.set(key, value);
    for (const area of interviewAreas) data.append('interviewArea', area);
    return data;
  };

  it.each([
    [{ desiredRetention: '0.5' }, 'desiredRetention'],
    [{ desiredRetention: '1' }, 'desiredRetention'],
    [{ desiredRetention: 'high' }, 'desiredRetention'],
    [{ newCardsPerDay: '-1' }, 'newCardsPerDay'],
    [{ newCardsPerDay: '2.5' }, 'newCardsPerDay'],
    [{ dayStartHour: '24' }, 'dayStartHour'],
    [{ learningSteps: '1m 10x' }, 'learningSteps.1'],
    [{ relearningSteps: '9'.repeat(500) }, 'relearningSteps'],
    [{ interviewDate: '2026-02-30' }, 'interviewDate'],
    [{ interviewDate: 'next friday' }, 'interviewDate'],
    [{ targetRecall: '1.2' }, 'targetRecall'],
  ])('rejects %o and saves nothing', async (fields, field) => {
    const before = snapshot();
    const result = await updateSettings(null, form(fields));
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(snapshot()).toEqual(before);
  });

  it('rejects an interview area that does not exist and saves nothing', async () => {
    const before = snapshot();
    const result = await updateSettings(null, form({}, ['probability', 'astrology']));
    expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toContain('interviewAreas.1');
    expect(snapshot()).toEqual(before);
  });

  it('saves an interview date with its areas and target, and clears it again', async () => {
    const planned = await updateSettings(
      null,
      form({ interviewDate: '2026-12-14', targetRecall: '0.9' }, ['probability', 'classical-ml']),
    );
    expect(planned.ok).toBe(true);
    expect(getSettings(db)).toMatchObject({
      interviewDate: '2026-12-14',
      interviewAreas: ['probability', 'classical-ml'],
      targetRecall: 0.9,
    });
    await updateSettings(null, form({ interviewMode: '-' }));
    expect(getSettings(db)).toMatchObject({ interviewDate: null, interviewAreas: [], interviewMode: false });
  });

  it('rejects input that is not a form', async () => {
    expect(await updateSettings(null, { desiredRetention: 0.9 })).toMatchObject({ ok: false });
  });

  it('saves valid settings, which take effect at once', async () => {
    const result = await updateSettings(null, form({ desiredRetention: '0.85', newCardsPerDay: '1', learningSteps: '5m 1h' }));
    expect(result.ok).toBe(true);
    expect(getSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      desiredRetention: 0.85,
      newCardsPerDay: 1,
      learningSteps: ['5m', '1h'],
    });
    const queue = await fetchReviewQueue({ scope: { areas: [], subtopics: [] } });
    expect(queue.ok && queue.data.items).toHaveLength(1);
  });
});
