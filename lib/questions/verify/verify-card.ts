import type { Card } from '../card-schema';
import { isSameOutput, isWithinTolerance, parseNumericAnswer } from '../check-answer';
import { type Runtimes, type SnippetResult, isRunnable, runSnippet } from './run-snippet';

export type Verdict = { ok: true } | { ok: false; field: string; message: string };

/** Cards whose stored answer a program can confirm: code-output cards and numeric cards. */
export function needsVerification(card: Card): boolean {
  return card.format === 'code-output' || card.format === 'numeric';
}

/**
 * Confirms a card's stored answer by running code: a code-output card's snippet must print exactly its output; a
 * numeric card's `### Check` program must print a number within the card's tolerance of its value.
 */
export async function verifyCard(card: Card, runtimes: Runtimes): Promise<Verdict> {
  if (card.format === 'code-output') {
    if (!isRunnable(card.code.language)) {
      return { ok: false, field: 'code', message: `cannot run "${card.code.language}" (python, sql or cpp)` };
    }
    const result = await runSnippet(card.code.language, card.code.source, runtimes);
    const failure = describeFailure(result);
    if (failure) return { ok: false, field: 'code', message: failure };
    if (isSameOutput(result.stdout, card.output)) return { ok: true };
    return { ok: false, field: 'output', message: `the code prints\n${indent(result.stdout)}\nbut the card says\n${indent(card.output)}` };
  }
  if (card.format === 'numeric') {
    if (!card.check) return { ok: false, field: 'check', message: 'a numeric bank card needs a "### Check" program' };
    if (!isRunnable(card.check.language)) {
      return { ok: false, field: 'check', message: `cannot run "${card.check.language}" (python, sql or cpp)` };
    }
    const result = await runSnippet(card.check.language, card.check.source, runtimes);
    const failure = describeFailure(result);
    if (failure) return { ok: false, field: 'check', message: failure };
    const printed = result.stdout.trim().split('\n').pop() ?? '';
    const computed = parseNumericAnswer(printed);
    if (computed === null) return { ok: false, field: 'check', message: `the check printed "${printed}", not a number` };
    if (isWithinTolerance(computed, card.value, card.tolerance)) return { ok: true };
    return { ok: false, field: 'value', message: `the check computes ${computed}, the card says ${card.value}` };
  }
  return { ok: true };
}

function describeFailure(result: SnippetResult): string | null {
  if (result.timedOut) return 'the program did not finish in time';
  if (result.exitCode !== 0) return `the program failed (exit ${result.exitCode}):\n${indent(result.stderr.trim())}`;
  return null;
}

function indent(text: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
