'use server';

import { randomInt } from 'node:crypto';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createMockSession, endMockSession, recordMockAnswer } from '@/db/queries/mock-sessions';
import { getSettings } from '@/db/queries/settings';
import { type ActionResult, invalidInput } from '@/lib/action-result';
import { createScheduler } from '@/lib/srs/scheduler';
import { endMockInput, mockAnswerInput, mockSetupInput } from './mock-input';
import { MOCK_LENGTHS } from './mock-lengths';

/** Starts a mock interview from the set-up form and opens it; the draw happens here, from a stored seed. */
export async function startMockInterview(_previous: unknown, formData: unknown): Promise<ActionResult<never>> {
  if (!(formData instanceof FormData)) return { ok: false, message: 'Expected the mock interview form.' };
  const seedText = formData.get('seed');
  const parsed = mockSetupInput.safeParse({
    areas: formData.getAll('area'),
    subtopics: formData.getAll('subtopic'),
    length: formData.get('length'),
    levelMix: formData.get('levelMix'),
    practiceOnly: formData.get('practiceOnly') === 'on',
    // Left empty: a random seed. Anything but digits (a file included) fails the schema.
    seed: seedText === null || (typeof seedText === 'string' && seedText.trim() === '') ? undefined : Number(seedText),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  const { areas, subtopics, length, levelMix, practiceOnly } = parsed.data;
  const session = createMockSession(
    getDb(),
    {
      areas,
      subtopics: subtopics.map((pair) => pair.split('/')[1]!),
      levelMix,
      practiceOnly,
      seed: parsed.data.seed ?? randomInt(2 ** 31 - 1),
      ...MOCK_LENGTHS[length],
    },
    new Date(),
  );
  if (!session) return { ok: false, message: 'There are no cards in that selection.' };
  redirect(`/mock/${session.id}`);
}

/** Saves one answer of a running mock; the server scores it from the card. */
export async function submitMockAnswer(input: unknown): Promise<ActionResult<{ score: number; finished: boolean }>> {
  const parsed = mockAnswerInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const db = getDb();
  const outcome = recordMockAnswer(db, createScheduler(getSettings(db)), parsed.data, new Date());
  if (!outcome.ok) return { ok: false, message: outcome.message };
  return { ok: true, data: { score: outcome.answer.score, finished: outcome.finished } };
}

/** Ends a running mock: finished (time is up, or the person stops) or abandoned. */
export async function endMockInterview(input: unknown): Promise<ActionResult<null>> {
  const parsed = endMockInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  if (!endMockSession(getDb(), parsed.data.sessionId, parsed.data.status, new Date())) {
    return { ok: false, message: 'That mock interview is not running.' };
  }
  return { ok: true, data: null };
}
