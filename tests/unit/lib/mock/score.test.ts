import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/questions/card-schema';
import { buildScorecard } from '@/lib/mock/scorecard';
import { ratingForScore, scoreAnswer } from '@/lib/mock/score';

const base = { area: 'probability', subtopic: 'conditional-bayes', level: 'E', prompt: 'Q', answer: 'A' } as const;
const fr: Card = { ...base, id: 'fr', format: 'free-recall', keyPoints: ['one', 'two', 'three', 'four'] };
const mc: Card = {
  ...base,
  id: 'mc',
  format: 'multiple-choice',
  options: [
    { text: 'a', correct: true },
    { text: 'b', correct: false, whyWrong: 'no' },
  ],
};
const num: Card = { ...base, id: 'num', format: 'numeric', value: 0.25, tolerance: { kind: 'absolute', amount: 0.01 } };
const out: Card = { ...base, id: 'out', format: 'code-output', code: { language: 'python', source: 'print(1)' }, output: '1' };

describe('scoreAnswer', () => {
  it('scores free recall by the share of key points covered, ignoring indexes that do not exist', () => {
    expect(scoreAnswer(fr, { kind: 'free-recall', text: '', coveredKeyPoints: [0, 2, 2, 9] })).toBe(0.5);
  });

  it('scores checked formats right or wrong', () => {
    expect(scoreAnswer(mc, { kind: 'multiple-choice', selected: [0] })).toBe(1);
    expect(scoreAnswer(mc, { kind: 'multiple-choice', selected: [0, 1] })).toBe(0);
    expect(scoreAnswer(num, { kind: 'numeric', text: '1/4' })).toBe(1);
    expect(scoreAnswer(num, { kind: 'numeric', text: 'a quarter' })).toBe(0);
    expect(scoreAnswer(out, { kind: 'code-output', text: '1\n' })).toBe(1);
  });

  it('gives 0 for a skip or an answer of another format', () => {
    expect(scoreAnswer(fr, { kind: 'skipped' })).toBe(0);
    expect(scoreAnswer(mc, { kind: 'free-recall', text: '', coveredKeyPoints: [0] })).toBe(0);
  });
});

describe('ratingForScore', () => {
  it.each([
    [0, 1],
    [0.49, 1],
    [0.5, 2],
    [0.79, 2],
    [0.8, 3],
    [1, 3],
  ])('%d -> %d', (score, rating) => {
    expect(ratingForScore(score)).toBe(rating);
  });
});

describe('buildScorecard', () => {
  it('averages per area and subtopic over the questions reached and lists what was missed', () => {
    const cards = [fr, mc, { ...num, area: 'classical-ml', subtopic: 'knn' }, out].map((card) => ({
      id: card.id,
      area: card.area,
      subtopic: card.subtopic,
      source: card,
    }));
    const answers = [
      { position: 0, cardId: 'fr', score: 0.5, skipped: false, flagged: true, durationMs: 60_000, coveredKeyPoints: [0, 3] },
      { position: 1, cardId: 'mc', score: 1, skipped: false, flagged: false, durationMs: 10_000 },
      { position: 2, cardId: 'num', score: 0, skipped: true, flagged: false, durationMs: 5_000 },
    ];
    const scorecard = buildScorecard(cards, answers);
    expect(scorecard.overall).toEqual({ score: 0.5, answered: 2, skipped: 1, durationMs: 75_000, notReached: 1 });
    expect(scorecard.areas).toEqual([
      {
        area: 'probability',
        score: 0.75,
        answered: 2,
        skipped: 0,
        durationMs: 70_000,
        subtopics: [{ subtopic: 'conditional-bayes', score: 0.75, answered: 2, skipped: 0, durationMs: 70_000 }],
      },
      {
        area: 'classical-ml',
        score: 0,
        answered: 0,
        skipped: 1,
        durationMs: 5_000,
        subtopics: [{ subtopic: 'knn', score: 0, answered: 0, skipped: 1, durationMs: 5_000 }],
      },
    ]);
    expect(scorecard.missed).toEqual([
      { position: 0, cardId: 'fr', area: 'probability', subtopic: 'conditional-bayes', skipped: false, missedKeyPoints: ['two', 'three'] },
      { position: 2, cardId: 'num', area: 'classical-ml', subtopic: 'knn', skipped: true, missedKeyPoints: [] },
    ]);
    expect(scorecard.flagged).toEqual(['fr']);
  });
});
