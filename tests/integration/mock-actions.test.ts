import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endMockInterview, startMockInterview, submitMockAnswer } from '@/app/mock/actions';
import type { Db } from '@/db/connection';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-a', 'la-b', 'la-c'])]));
});
afterAll(() => cleanup());

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

/** The redirect a server action ends with is thrown as an error whose digest names the target. */
async function redirectTarget(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2]!;
    throw error;
  }
  throw new Error('expected a redirect');
}

describe('mock interview actions', () => {
  it.each([
    ['no area', [['length', 'q5'], ['levelMix', 'balanced']]],
    ['an unknown area', [['area', 'astrology'], ['length', 'q5'], ['levelMix', 'balanced']]],
    ['a subtopic of another area', [['area', 'linear-algebra'], ['subtopic', 'probability/limit-theorems'], ['length', 'q5'], ['levelMix', 'balanced']]],
    ['an unknown length', [['area', 'linear-algebra'], ['length', 'q500'], ['levelMix', 'balanced']]],
    ['a negative seed', [['area', 'linear-algebra'], ['length', 'q5'], ['levelMix', 'balanced'], ['seed', '-4']]],
    ['an area without cards', [['area', 'reinforcement-learning'], ['length', 'q5'], ['levelMix', 'balanced']]],
  ] as [string, [string, string][]][])('start rejects %s and creates nothing', async (_name, entries) => {
    const before = snapshotTables(db);
    const result = await startMockInterview(null, form(entries));
    expect(result.ok).toBe(false);
    expect(snapshotTables(db)).toEqual(before);
  });

  it('starts a session, saves answers, rejects hostile ones, and ends it', async () => {
    const target = await redirectTarget(() =>
      startMockInterview(null, form([['area', 'linear-algebra'], ['length', 'q5'], ['levelMix', 'balanced'], ['seed', '3']])),
    );
    const sessionId = target.replace('/mock/', '');
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);

    const valid = { sessionId, position: 0, flagged: false, durationMs: 1000, answer: { kind: 'skipped' } };
    const hostile: unknown[] = [
      undefined,
      { ...valid, position: -1 },
      { ...valid, position: 1.5 },
      { ...valid, durationMs: Number.NaN },
      { ...valid, sessionId: 'not-a-uuid' },
      { ...valid, answer: { kind: 'free-recall', text: 'x'.repeat(10_000), coveredKeyPoints: [] } },
      { ...valid, answer: { kind: 'free-recall', text: '', coveredKeyPoints: [0], score: 1 } },
      { ...valid, answer: { kind: 'telepathy' } },
      { ...valid, score: 1 },
      JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid).slice(1)}`),
    ];
    for (const input of hostile) {
      const before = snapshotTables(db);
      const result = await submitMockAnswer(input);
      expect(result.ok, JSON.stringify(input)?.slice(0, 80)).toBe(false);
      expect(snapshotTables(db)).toEqual(before);
    }

    expect(await submitMockAnswer(valid)).toEqual({ ok: true, data: { score: 0, finished: false } });
    expect(await submitMockAnswer({ ...valid, sessionId: '6f1c1b1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b' })).toMatchObject({ ok: false });
    expect(await endMockInterview({ sessionId, status: 'deleted' })).toMatchObject({ ok: false });
    expect(await endMockInterview({ sessionId, status: 'finished' })).toEqual({ ok: true, data: null });
    expect(await endMockInterview({ sessionId, status: 'abandoned' })).toMatchObject({ ok: false });
  });
});
