import type { Card } from '@/lib/questions/card-schema';
import { isCorrectChoice, isSameOutput, isWithinTolerance, parseNumericAnswer } from '@/lib/questions/check-answer';
import type { Rating } from '@/lib/srs/memory-state';

/** What the person gave for one mock question. */
export type MockAnswerInput =
  | { kind: 'skipped' }
  | { kind: 'free-recall'; text: string; coveredKeyPoints: number[] }
  | { kind: 'multiple-choice'; selected: number[] }
  | { kind: 'numeric'; text: string }
  | { kind: 'code-output'; text: string };

/**
 * The score of one answer, 0 to 1, computed on the server from the card: the share of key points covered for a
 * free-recall card (self-assessed), 1 or 0 for a checked answer, 0 for a skip or an answer of the wrong kind.
 */
export function scoreAnswer(card: Card, answer: MockAnswerInput): number {
  if (answer.kind === 'skipped' || answer.kind !== card.format) return 0;
  switch (card.format) {
    case 'free-recall': {
      if (answer.kind !== 'free-recall') return 0;
      const covered = new Set(answer.coveredKeyPoints.filter((i) => i >= 0 && i < card.keyPoints.length));
      return covered.size / card.keyPoints.length;
    }
    case 'multiple-choice':
      return answer.kind === 'multiple-choice' && isCorrectChoice(new Set(answer.selected), card.options) ? 1 : 0;
    case 'numeric': {
      if (answer.kind !== 'numeric') return 0;
      const given = parseNumericAnswer(answer.text);
      return given !== null && isWithinTolerance(given, card.value, card.tolerance) ? 1 : 0;
    }
    case 'code-output':
      return answer.kind === 'code-output' && isSameOutput(answer.text, card.output) ? 1 : 0;
  }
}

/**
 * The FSRS grade a mock answer feeds into the schedule (README, "Mock interviews"): below half the key points, or a
 * wrong checked answer, is Again; half to 80% is Hard; 80% or more is Good. A mock never gives Easy: an answer
 * under interview pressure shows the card is known, not that it is trivial.
 */
export function ratingForScore(score: number): Rating {
  if (score < 0.5) return 1;
  if (score < 0.8) return 2;
  return 3;
}
