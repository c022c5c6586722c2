'use server';

import { getDb } from '@/db/client';
import { rescheduleForInterview } from '@/db/queries/interview-schedule';
import { getSettings, saveSettings } from '@/db/queries/settings';
import { type ActionResult, invalidInput } from '@/lib/action-result';
import type { Settings } from '@/lib/settings/settings-schema';
import { interviewPlanChanged } from '@/lib/srs/interview-mode';
import { settingsFormInput } from './settings-form-input';

const FIELDS = [
  'desiredRetention',
  'newCardsPerDay',
  'maxReviewsPerDay',
  'dayStartHour',
  'learningSteps',
  'relearningSteps',
  'interviewDate',
  'targetRecall',
];
const MAX_FIELD_LENGTH = 200;

/** Saves the settings form. Every field is validated; on any error nothing is saved. */
export async function updateSettings(_previous: unknown, formData: unknown): Promise<ActionResult<Settings>> {
  if (!(formData instanceof FormData)) return { ok: false, message: 'Expected the settings form.' };
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string' && value.length > MAX_FIELD_LENGTH) {
      return { ok: false, message: `${field} is too long.`, fieldErrors: { [field]: ['is too long'] } };
    }
    raw[field] = value ?? undefined;
  }
  const interviewAreas = formData.getAll('interviewArea');
  if (interviewAreas.length > 100) return { ok: false, message: 'Too many interview areas.' };
  raw.interviewAreas = interviewAreas;
  // A checkbox posts "on" when ticked and nothing otherwise.
  raw.interviewMode = formData.get('interviewMode') === 'on';
  const parsed = settingsFormInput.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const db = getDb();
  const now = new Date();
  const saved = db.transaction((tx) => {
    const previous = getSettings(tx);
    // The form does not hold the fitted FSRS parameters (only Optimize sets them): keep the stored ones.
    const next: Settings = { ...parsed.data, fsrsWeights: previous.fsrsWeights };
    saveSettings(tx, next, now);
    // Moving due dates scans every card in review: only when the interview plan itself changed.
    if (interviewPlanChanged(previous, next)) rescheduleForInterview(tx, next, now);
    return next;
  });
  return { ok: true, data: saved };
}
