import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/connection';
import { countReviewLogs, reviewHistoryPages } from '@/db/queries/optimizer-history';
import type { Settings } from '@/lib/settings/settings-schema';
import { optimizeParameters } from '@/lib/srs/optimizer/optimize-parameters';
import { type OptimizerJobs, createOptimizerJobs } from '@/lib/srs/optimizer/optimizer-jobs';

// One registry per server process (the app is a single local server). Kept on globalThis so a development hot
// reload of this module does not lose a running job.
const globalForJobs = globalThis as unknown as { recallOptimizerJobs?: OptimizerJobs };

export function optimizerJobs(): OptimizerJobs {
  globalForJobs.recallOptimizerJobs ??= createOptimizerJobs(randomUUID);
  return globalForJobs.recallOptimizerJobs;
}

/** Starts fitting FSRS parameters to the review log of `db` in the background (or returns the running job). */
export function startOptimizerJob(db: Db, settings: Settings, now: Date) {
  return optimizerJobs().start(now, (report) =>
    optimizeParameters(reviewHistoryPages(db), countReviewLogs(db), settings, report),
  );
}
