import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/questions/card-schema';
import { findDuplicateQuestions } from '@/lib/questions/find-duplicates';

const card = (id: string, prompt: string, code?: string): Card =>
  code
    ? { id, area: 'linear-algebra', subtopic: 'eigen', level: 'E', prompt, answer: 'A', format: 'code-output', code: { language: 'python', source: code }, output: '' }
    : { id, area: 'linear-algebra', subtopic: 'eigen', level: 'E', prompt, answer: 'A', format: 'free-recall', keyPoints: ['a', 'b'] };

describe('findDuplicateQuestions', () => {
  it('finds the same question despite case, punctuation and Markdown changes', () => {
    const cards = [
      card('a', 'What is the **rank** of a 3x3 matrix whose rows are all equal?'),
      card('b', 'what is the rank of a 3x3 matrix, whose rows are all equal'),
      card('c', 'What is the trace of a 3x3 matrix whose rows are all equal?'),
    ];
    expect(findDuplicateQuestions(cards)).toEqual([{ first: 'a', second: 'b', similarity: 1 }]);
  });

  it('tells code-output cards apart by their code, not their shared "what does this print" prompt', () => {
    const cards = [
      card('a', 'What does this print?', 'import numpy as np\nprint(np.arange(3) * 2)'),
      card('b', 'What does this print?', 'x = [1, 2]\ny = x\ny.append(3)\nprint(x)'),
      card('c', 'What does this print?', 'import numpy as np\nprint(np.arange(3) * 2)'),
    ];
    expect(findDuplicateQuestions(cards)).toEqual([{ first: 'a', second: 'c', similarity: 1 }]);
  });
});
