import type { z } from 'zod';

/**
 * The one shape every server action returns. Expected failures (bad input, unknown card) come back as values the
 * UI can show; bugs throw.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'input';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = Object.entries(fieldErrors)[0];
  const message = first ? `Invalid input: ${first[0]} ${first[1][0]}` : 'Invalid input.';
  return { ok: false, message, fieldErrors };
}
