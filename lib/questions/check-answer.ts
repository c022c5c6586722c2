import type { Tolerance } from './card-schema';

/**
 * Reads a typed number: plain decimals ("0.1667", "-3", "1e-3"), a fraction ("1/6") or a percentage ("16.7%").
 * Returns null for anything else, so a typo is reported rather than marked wrong.
 */
export function parseNumericAnswer(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/\s+/g, '');
  if (cleaned === '') return null;
  const number = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
  const fraction = /^([-+]?\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(cleaned);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? null : Number(fraction[1]) / denominator;
  }
  if (cleaned.endsWith('%') && number.test(cleaned.slice(0, -1))) return Number(cleaned.slice(0, -1)) / 100;
  return number.test(cleaned) ? Number(cleaned) : null;
}

/** True when `given` is within the card's tolerance of `expected` (relative tolerance scales with |expected|). */
export function isWithinTolerance(given: number, expected: number, tolerance: Tolerance): boolean {
  const allowed = tolerance.kind === 'absolute' ? tolerance.amount : tolerance.amount * Math.abs(expected);
  // A hair of slack so 0.1 + 0.2 style binary rounding never fails an exact answer.
  return Math.abs(given - expected) <= allowed + 1e-12 * Math.max(1, Math.abs(expected));
}

/** Compares a typed program output with the expected one, ignoring trailing spaces and blank lines at the end. */
export function isSameOutput(given: string, expected: string): boolean {
  const normalize = (text: string) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trimEnd();
  return normalize(given) === normalize(expected);
}

/** A multiple-choice answer is right when exactly the correct options were picked. */
export function isCorrectChoice(selected: ReadonlySet<number>, options: readonly { correct: boolean }[]): boolean {
  return options.every((option, index) => option.correct === selected.has(index));
}
