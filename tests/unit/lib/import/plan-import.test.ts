import { describe, expect, it } from 'vitest';
import type { ImportRow } from '@/lib/import/import-row';
import { buildImportCards, renderProblem, subtopicFromTags } from '@/lib/import/plan-import';
import { personalCardId } from '@/lib/questions/personal-card-id';

const choices = { area: 'linear-algebra', subtopic: 'eigen', level: 'M' as const, subtopicFromTags: true };
const row = (line: number, front: string, back: string, tags: string[] = []): ImportRow => ({ line, front, back, tags, notes: [] });

describe('buildImportCards', () => {
  it('makes free-recall cards in the chosen area, subtopic and level, with the back as the one key point', () => {
    const { candidates, skipped } = buildImportCards([row(3, 'What is a basis?', 'A linearly independent spanning set', ['imported'])], choices);
    expect(skipped).toEqual([]);
    expect(candidates).toEqual([
      {
        line: 3,
        tags: ['imported'],
        notes: [],
        card: {
          id: personalCardId('linear-algebra', 'What is a basis?'),
          area: 'linear-algebra',
          subtopic: 'eigen',
          level: 'M',
          format: 'free-recall',
          prompt: 'What is a basis?',
          answer: 'A linearly independent spanning set',
          keyPoints: ['A linearly independent spanning set'],
        },
      },
    ]);
  });

  it('files a note under the subtopic a tag names, unless told not to', () => {
    const rows = [row(1, 'SVD?', 'U S V^T', ['Deck::SVD']), row(2, 'Rank?', 'dim of column space', ['Linear_Independence_Span_Basis'])];
    expect(buildImportCards(rows, choices).candidates.map((candidate) => candidate.card.subtopic)).toEqual(['svd', 'linear-independence-span-basis']);
    expect(buildImportCards(rows, { ...choices, subtopicFromTags: false }).candidates.map((candidate) => candidate.card.subtopic)).toEqual([
      'eigen',
      'eigen',
    ]);
    expect(subtopicFromTags(['sql'], 'linear-algebra')).toBeUndefined();
  });

  it('skips a front seen earlier in the file (case and spacing aside), naming the earlier line', () => {
    const { candidates, skipped } = buildImportCards([row(1, 'What is  a rank?', 'one'), row(5, 'what is a RANK?', 'two')], choices);
    expect(candidates.map((candidate) => candidate.line)).toEqual([1]);
    expect(skipped).toEqual([{ line: 5, front: 'what is a RANK?', reason: 'the same front as line 1' }]);
  });

  it('skips a row the card schema refuses, with zod’s message', () => {
    const { skipped } = buildImportCards([{ ...row(2, 'Q', 'A'), keyPoints: ['1', '2', '3', '4', '5', '6'] }], choices);
    expect(skipped).toEqual([{ line: 2, front: 'Q', reason: 'not a valid card: keyPoints allows at most 5 key points' }]);
  });
});

describe('renderProblem', () => {
  it('names the side whose math does not render', () => {
    const card = buildImportCards([row(1, 'Broken $\\frac{1}{$ math', 'fine')], choices).candidates[0]!.card;
    expect(renderProblem(card)).toMatch(/^does not render: front: /);
    expect(renderProblem(buildImportCards([row(1, 'Fine $x^2$', 'fine')], choices).candidates[0]!.card)).toBeUndefined();
  });
});
