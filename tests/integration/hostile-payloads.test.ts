import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeCard } from '@/app/cards/[id]/actions';
import { changeCardInput } from '@/app/cards/[id]/card-action-input';
import { savePersonalCard } from '@/app/cards/personal-card-actions';
import { personalCardInput } from '@/app/cards/personal-card-input';
import { importCards, previewImport } from '@/app/import/actions';
import { endMockInterview, startMockInterview, submitMockAnswer } from '@/app/mock/actions';
import { endMockInput, mockAnswerInput } from '@/app/mock/mock-input';
import { fetchReviewQueue, submitReview, undoLastReview } from '@/app/review/actions';
import { queueInput, submitReviewInput, undoReviewInput } from '@/app/review/review-input';
import { updateSettings } from '@/app/settings/actions';
import { applyFittedParameters, getOptimization, resetFsrsParameters, startOptimization } from '@/app/settings/optimizer-actions';
import { optimizationJobInput, resetParametersInput, startOptimizationInput } from '@/app/settings/optimizer-input';
import type { Db } from '@/db/connection';
import type { ActionResult } from '@/lib/action-result';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

/**
 * Every server action against 500 generated hostile payloads: wrong types, huge strings, prototype-pollution keys,
 * unknown ids, negative, NaN and infinite numbers. Each must be refused with a short, readable message and leave
 * every table exactly as it was.
 */
const RUNS = 500;

let db: Db;
let cleanup: () => void;
let sessionId: string;

beforeAll(async () => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-a', 'la-b', 'la-c'])]));
  // A running mock interview, so that answer and end payloads have a real session to aim at.
  const form = new FormData();
  for (const [key, value] of [['area', 'linear-algebra'], ['length', 'q5'], ['levelMix', 'balanced']]) form.append(key!, value!);
  try {
    await startMockInterview(null, form);
  } catch (error) {
    sessionId = ((error as { digest?: string }).digest ?? '').split(';')[2]!.replace('/mock/', '');
  }
  expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
});
afterAll(() => cleanup());

const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 5_000, max: 200_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));
const badNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.5, 1e308, 2 ** 53 + 2),
  fc.double(),
  fc.integer({ max: -1 }),
);
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  JSON.parse('{"prototype": {"polluted": true}}') as unknown,
);
const unknownId = fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z][a-z0-9-]{0,40}$/).map((id) => `no-such-${id}`));
/** Any value, leaning on the kinds attackers and broken clients send. */
const hostileValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  hugeString,
  badNumber,
  pollution,
  unknownId,
  fc.constantFrom(null, undefined, true, false, '', [], {}),
);

/** A payload built from a valid one: replaced whole, one field made invalid, or an unexpected key added. */
function hostilePayloads(valid: Record<string, unknown>, schema: z.ZodType, ids: Record<string, fc.Arbitrary<unknown>> = {}) {
  const fields = Object.keys(valid);
  const invalidField = fc
    .tuple(fc.constantFrom(...fields), hostileValue)
    .map(([field, value]) => ({ ...valid, [field]: value }))
    .filter((payload) => !schema.safeParse(payload).success);
  const extraKey = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'state'), hostileValue)
    .map(([key, value]) => Object.defineProperty({ ...valid }, key, { value, enumerable: true }));
  // Well-formed but naming things that do not exist: refused by the database layer, not the schema.
  const unknownIds = Object.entries(ids).map(([field, arbitrary]) => arbitrary.map((id) => ({ ...valid, [field]: id })));
  return fc.oneof(hostileValue, invalidField, extraKey, ...unknownIds);
}

/** A form as the browser posts it, with one field given a value no field accepts. */
function hostileForms(valid: [string, string][]) {
  const badText = fc.oneof(
    hugeString,
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '-1', '__proto__', 'constructor', 'null', '<script>x</script>'),
  );
  return fc.tuple(fc.nat(valid.length - 1), badText, fc.boolean()).map(([index, value, asFile]) => {
    const form = new FormData();
    valid.forEach(([key, original], position) => {
      if (position !== index) form.append(key, original);
      else if (asFile) form.append(key, new Blob([value]), 'payload.bin');
      else form.append(key, value);
    });
    return form;
  });
}

async function expectRefusedAndNothingWritten(call: () => Promise<ActionResult<unknown>>) {
  const before = snapshotTables(db);
  const result = await call();
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message.length).toBeLessThan(300);
  }
  expect(snapshotTables(db)).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const property = <T,>(payloads: fc.Arbitrary<T>, call: (payload: T) => Promise<ActionResult<unknown>>) =>
  fc.assert(
    fc.asyncProperty(payloads, (payload) => expectRefusedAndNothingWritten(() => call(payload))),
    { numRuns: RUNS, seed: 20261123 },
  );

describe(`${RUNS} hostile payloads per server action, each refused with nothing written`, () => {
  it('submitReview', async () => {
    const valid = { reviewId: '6f1c1b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b', cardId: 'la-a', rating: 3, durationMs: 2500 };
    await property(hostilePayloads(valid, submitReviewInput, { cardId: unknownId.filter((id) => !id.startsWith('la-')) }), submitReview);
  });

  it('undoLastReview', async () => {
    await property(hostilePayloads({ reviewId: '6f1c1b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b' }, undoReviewInput, { reviewId: fc.uuid() }), undoLastReview);
  });

  it('fetchReviewQueue', async () => {
    const scope = fc.oneof(
      hostileValue,
      hostilePayloads({ areas: ['linear-algebra'], subtopics: [] }, queueInput.shape.scope),
    );
    await property(
      fc.oneof(hostilePayloads({ scope: { areas: [], subtopics: [] } }, queueInput), scope.map((value) => ({ scope: value }))).filter(
        (payload) => !queueInput.safeParse(payload).success,
      ),
      fetchReviewQueue,
    );
  });

  it('submitMockAnswer', async () => {
    const valid = { sessionId, position: 0, flagged: false, durationMs: 1000, answer: { kind: 'skipped' } };
    await property(hostilePayloads(valid, mockAnswerInput, { sessionId: fc.uuid() }), submitMockAnswer);
  });

  it('endMockInterview', async () => {
    await property(hostilePayloads({ sessionId, status: 'abandoned' }, endMockInput, { sessionId: fc.uuid() }), endMockInterview);
  });

  it('changeCard', async () => {
    const valid = { cardId: 'la-a', change: 'suspend' };
    await property(hostilePayloads(valid, changeCardInput, { cardId: unknownId.filter((id) => !id.startsWith('la-')) }), changeCard);
  });

  it('savePersonalCard', async () => {
    const valid = {
      id: 'my-what-is-a-basis-0123456789',
      area: 'linear-algebra',
      subtopic: 'eigen',
      level: 'M',
      content: 'format: free-recall\n\n### Prompt\nWhat is a basis?\n\n### Answer\nA minimal spanning set.\n\n### Key points\n- spans\n',
    };
    const unknownPersonalId = fc.stringMatching(/^[a-z0-9]{1,20}$/).map((id) => `my-no-such-${id}`);
    await property(hostilePayloads(valid, personalCardInput, { id: unknownPersonalId }), savePersonalCard);
  });

  it('updateSettings', async () => {
    const valid: [string, string][] = [
      ['desiredRetention', '0.9'],
      ['newCardsPerDay', '20'],
      ['maxReviewsPerDay', '200'],
      ['dayStartHour', '4'],
      ['learningSteps', '1m 10m'],
      ['relearningSteps', '10m'],
      ['interviewDate', '2026-12-14'],
      ['interviewArea', 'linear-algebra'],
      ['targetRecall', '0.85'],
    ];
    await property(fc.oneof(hostileForms(valid), hostileValue), (form) => updateSettings(null, form));
  });

  it('startOptimization and resetFsrsParameters (which take an empty object)', async () => {
    const extraKey = fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'fsrsWeights', 'jobId'), hostileValue)
      .map(([key, value]) => Object.defineProperty({}, key, { value, enumerable: true }));
    for (const [schema, action] of [
      [startOptimizationInput, startOptimization],
      [resetParametersInput, resetFsrsParameters],
    ] as const) {
      await property(fc.oneof(hostileValue, extraKey).filter((payload) => !schema.safeParse(payload).success), action);
    }
  });

  it('getOptimization and applyFittedParameters', async () => {
    for (const action of [getOptimization, applyFittedParameters]) {
      await property(hostilePayloads({ jobId: '6f1c1b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b' }, optimizationJobInput, { jobId: fc.uuid() }), action);
    }
  });

  it('startMockInterview', async () => {
    const valid: [string, string][] = [
      ['area', 'linear-algebra'],
      ['subtopic', 'linear-algebra/eigen'],
      ['length', 'q5'],
      ['levelMix', 'balanced'],
      ['seed', '7'],
    ];
    await property(fc.oneof(hostileForms(valid), hostileValue), (form) => startMockInterview(null, form));
  });

  it('previewImport and importCards', async () => {
    // A valid import form with a real file, then one field spoilt: the file sent as text, or a choice given a bad
    // text or a file. (The checkbox is left out: any value is a valid "not ticked".)
    const choices: [string, string][] = [
      ['format', 'auto'],
      ['area', 'linear-algebra'],
      ['subtopic', 'eigen'],
      ['level', 'M'],
    ];
    const badText = fc.oneof(hugeString, fc.constantFrom('NaN', '__proto__', 'constructor', 'null', '<script>x</script>'));
    const forms = fc.tuple(fc.nat(choices.length), badText, fc.boolean()).map(([index, value, asFile]) => {
      const form = new FormData();
      if (index === choices.length) form.append('file', value);
      else form.append('file', new Blob(['front\tback\n']), 'deck.txt');
      choices.forEach(([key, original], position) => {
        if (position !== index) form.append(key, original);
        else if (asFile) form.append(key, new Blob([value]), 'payload.bin');
        else form.append(key, value);
      });
      form.append('subtopicFromTags', 'on');
      return form;
    });
    await property(fc.oneof(forms, hostileValue), (form) => previewImport(null, form));
    await property(fc.oneof(forms, hostileValue), (form) => importCards(null, form));
  });
});
