import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { getDrawCandidates } from '@/db/queries/mock-sessions';
import { recordReview } from '@/db/queries/reviews';
import { drawMockCards } from '@/lib/mock/draw';
import { createScheduler } from '@/lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { bankText, createTestDb, syncText } from '../fixtures/test-db';

const now = new Date('2026-03-02T09:00:00.000Z');
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = createTestDb());
  syncText(
    db,
    [
      bankText(ids('la-eig', 4), { subtopic: 'eigen' }) + '\n' + bankText(ids('la-svd', 4), { subtopic: 'svd' }).split('---\n\n')[1],
      bankText(ids('prob-bayes', 4), { area: 'probability', subtopic: 'conditional-bayes' }) +
        '\n' +
        bankText(ids('prob-clt', 4), { area: 'probability', subtopic: 'limit-theorems' }).split('---\n\n')[1],
    ],
    now,
  );
});
afterEach(() => cleanup());

const draw = (count: number, seed: number) =>
  drawMockCards(getDrawCandidates(db, ['linear-algebra', 'probability'], [], now), { count, levelMix: 'balanced', seed });
const subtopicOf = (id: string) => id.replace(/-\d+$/, '');
const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {});

describe('drawing a mock interview', () => {
  it('spreads the questions evenly over the chosen areas and subtopics', () => {
    for (const seed of [1, 2, 3, 42]) {
      expect(tally(draw(4, seed).map(subtopicOf))).toEqual({ 'la-eig': 1, 'la-svd': 1, 'prob-bayes': 1, 'prob-clt': 1 });
      expect(tally(draw(8, seed).map(subtopicOf))).toEqual({ 'la-eig': 2, 'la-svd': 2, 'prob-bayes': 2, 'prob-clt': 2 });
    }
  });

  it('alternates areas, so a short mock on two areas covers both', () => {
    const areas = draw(2, 7).map((id) => id.split('-')[0]);
    expect(areas.sort()).toEqual(['la', 'prob']);
  });

  it('never repeats a card, even when it draws every card there is', () => {
    const all = draw(100, 5);
    expect(all).toHaveLength(16);
    expect(new Set(all).size).toBe(16);
  });

  it('is reproducible from its seed', () => {
    expect(draw(6, 123)).toEqual(draw(6, 123));
    const differentSeeds = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => draw(6, seed).join()));
    expect(differentSeeds.size).toBeGreaterThan(1);
  });

  it('favours weak and unseen cards over well-known ones', () => {
    const scheduler = createScheduler(DEFAULT_SETTINGS);
    // la-eig-1..3 answered Easy twice: recall near 1. la-eig-4 never seen.
    let n = 0;
    for (const cardId of ['la-eig-1', 'la-eig-2', 'la-eig-3']) {
      for (const at of [new Date('2026-02-01T09:00:00Z'), new Date('2026-02-28T09:00:00Z')]) {
        n += 1;
        const reviewId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
        recordReview(db, scheduler, { reviewId, cardId, rating: 4, durationMs: 1, source: 'daily' }, at);
      }
    }
    const candidates = getDrawCandidates(db, ['linear-algebra'], ['eigen'], now);
    expect(candidates.find((c) => c.id === 'la-eig-1')!.recall).toBeGreaterThan(0.9);
    let unseenFirst = 0;
    for (let seed = 0; seed < 200; seed += 1) {
      const [first] = drawMockCards(candidates, { count: 1, levelMix: 'balanced', seed });
      if (first === 'la-eig-4') unseenFirst += 1;
    }
    // Uniform would pick it 25% of the time; weighted by 1 − recall it is picked far more often.
    expect(unseenFirst).toBeGreaterThan(120);
  });

  it('limits the draw to chosen subtopics', () => {
    const candidates = getDrawCandidates(db, ['probability'], ['limit-theorems'], now);
    const drawn = drawMockCards(candidates, { count: 10, levelMix: 'balanced', seed: 9 });
    expect(drawn.sort()).toEqual(ids('prob-clt', 4).sort());
  });
});
