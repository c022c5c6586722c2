import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBankFile } from '@/lib/questions/format-bank';
import { loadQuestionBanks } from '@/lib/questions/load-banks';
import { parseBankFile } from '@/lib/questions/parse-bank';
import { personalCardSchema, type Card } from '@/lib/questions/card-schema';

describe('formatBankFile', () => {
  it('writes every card of the shipped banks so that parsing gives the same card back', () => {
    const { cards } = loadQuestionBanks(path.resolve('questions'));
    expect(cards.length).toBeGreaterThan(1000);
    const byArea = new Map<string, Card[]>();
    for (const { card } of cards) byArea.set(card.area, [...(byArea.get(card.area) ?? []), card]);
    for (const [area, original] of byArea) {
      const reparsed = parseBankFile(formatBankFile(area, original), `${area}.md`);
      expect(reparsed.errors).toEqual([]);
      expect(reparsed.cards.map((entry) => entry.card)).toEqual(original);
    }
  });

  it('keeps multi-line key points, options with reasons, backtick runs and empty output', () => {
    const cards: Card[] = [
      {
        id: 'my-a',
        area: 'linear-algebra',
        subtopic: 'eigen',
        level: 'M',
        format: 'free-recall',
        prompt: 'What is `A`?\n\nTwo paragraphs.',
        answer: 'It is ```` fenced ````.',
        keyPoints: ['first line\nsecond line'],
      },
      {
        id: 'my-b',
        area: 'linear-algebra',
        subtopic: 'eigen',
        level: 'H',
        format: 'multiple-choice',
        prompt: 'Pick one.',
        answer: 'The first.',
        options: [
          { text: 'right', correct: true },
          { text: 'wrong', correct: false, whyWrong: 'because\nit is' },
        ],
      },
      {
        id: 'my-c',
        area: 'linear-algebra',
        subtopic: 'eigen',
        level: 'E',
        format: 'code-output',
        prompt: 'What prints?',
        answer: 'Nothing.',
        code: { language: 'python', source: 'x = "```"\npass' },
        output: '',
      },
      {
        id: 'my-d',
        area: 'linear-algebra',
        subtopic: 'eigen',
        level: 'E',
        format: 'numeric',
        prompt: 'How much?',
        answer: 'Seven percent of it.',
        value: 1e-7,
        tolerance: { kind: 'relative', amount: 0.07 },
        unit: 'm',
      },
    ];
    const reparsed = parseBankFile(formatBankFile('linear-algebra', cards), 'mine.md', personalCardSchema);
    expect(reparsed.errors).toEqual([]);
    expect(reparsed.cards.map((entry) => entry.card)).toEqual(cards);
  });
});
