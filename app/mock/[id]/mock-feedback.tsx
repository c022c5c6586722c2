import { CardAnswer } from '@/app/review/card-answer';
import type { MockQuestion } from './runner-state';

/** The result of a checked mock answer: right or wrong, the expected answer and the explanation. */
export function MockFeedback({ question, score, typed }: { question: MockQuestion; score: number | null; typed: string }) {
  const correct = score === 1;
  const verdict = { correct, summary: correct ? 'Correct.' : 'Not quite.' };
  return <CardAnswer item={question} verdict={verdict} typed={typed} />;
}
