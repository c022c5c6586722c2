'use server';

import { getDb } from '@/db/client';
import { rescheduleForInterview } from '@/db/queries/interview-schedule';
import { countReviewLogs } from '@/db/queries/optimizer-history';
import { getSettings, saveSettings } from '@/db/queries/settings';
import { type ActionResult, invalidInput } from '@/lib/action-result';
import type { Settings } from '@/lib/settings/settings-schema';
import { fsrsWeightsSchema, sameFsrsWeights } from '@/lib/srs/fsrs-weights';
import { interviewPlanChanged } from '@/lib/srs/interview-mode';
import { MINIMUM_EXPLANATION, OPTIMIZER_MINIMUM } from '@/lib/srs/optimizer/history-minimum';
import type { OptimizerJob } from '@/lib/srs/optimizer/optimizer-jobs';
import { optimizationJobInput, resetParametersInput, startOptimizationInput } from './optimizer-input';
import { optimizerJobs, startOptimizerJob } from './optimizer-jobs';

const NO_SUCH_JOB = 'That optimization is not known here (the server may have restarted since): run it again.';

/**
 * Starts fitting FSRS parameters to the review history, in the background; the client polls the job. A history
 * with fewer reviews in all than the minimum is refused at once, without reading it.
 */
export async function startOptimization(input: unknown): Promise<ActionResult<{ jobId: string }>> {
  const parsed = startOptimizationInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const db = getDb();
  const logged = countReviewLogs(db);
  if (logged < OPTIMIZER_MINIMUM.reviews) {
    return { ok: false, message: `${MINIMUM_EXPLANATION} So far there ${logged === 1 ? 'is 1 review' : `are ${logged} reviews`} in all.` };
  }
  const { id } = startOptimizerJob(db, getSettings(db), new Date());
  return { ok: true, data: { jobId: id } };
}

/** A job's progress, or its outcome once finished. */
export async function getOptimization(input: unknown): Promise<ActionResult<OptimizerJob>> {
  const parsed = optimizationJobInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const job = optimizerJobs().get(parsed.data.jobId);
  return job ? { ok: true, data: job } : { ok: false, message: NO_SUCH_JOB };
}

/**
 * Stores new FSRS parameters (null: the defaults) and, in the same transaction, re-applies interview mode, whose
 * curve they change. With `replacing`, only while those are the parameters in use: false when they are not.
 */
function saveWeights(weights: number[] | null, replacing?: { fsrsWeights: readonly number[] | null }): boolean {
  const now = new Date();
  return getDb().transaction(
    (tx) => {
      const previous = getSettings(tx);
      if (replacing && !sameFsrsWeights(previous.fsrsWeights, replacing.fsrsWeights)) return false;
      const next: Settings = { ...previous, fsrsWeights: weights };
      saveSettings(tx, next, now);
      if (interviewPlanChanged(previous, next)) rescheduleForInterview(tx, next, now);
      return true;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Applies the parameters a finished job fitted: the person confirmed after seeing them scored. Only parameters that
 * predicted the held-out reviews better than the ones in use, and only while those are still in use (the comparison
 * was against them).
 */
export async function applyFittedParameters(input: unknown): Promise<ActionResult<{ fsrsWeights: number[] }>> {
  const parsed = optimizationJobInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const job = optimizerJobs().get(parsed.data.jobId);
  if (!job) return { ok: false, message: NO_SUCH_JOB };
  if (job.state.status !== 'done') return { ok: false, message: 'This optimization has no fitted parameters to apply.' };
  const { result } = job.state;
  if (!result.better) {
    return { ok: false, message: 'The fitted parameters did not predict your later reviews better than the current ones: not applied.' };
  }
  // The result is the server's own; checked anyway, since the settings would refuse it on every read otherwise.
  const weights = fsrsWeightsSchema.parse(result.fitted.weights);
  if (!saveWeights(weights, { fsrsWeights: result.current.fsrsWeights })) {
    return { ok: false, message: 'Your parameters changed since this optimization ran: run it again.' };
  }
  return { ok: true, data: { fsrsWeights: weights } };
}

/** Back to ts-fsrs's default parameters. */
export async function resetFsrsParameters(input: unknown): Promise<ActionResult<null>> {
  const parsed = resetParametersInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  saveWeights(null);
  return { ok: true, data: null };
}
