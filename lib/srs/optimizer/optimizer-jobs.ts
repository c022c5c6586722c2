import type { OptimizerOutcome, OptimizerProgress, OptimizerResult } from './optimize-parameters';

export type OptimizerJobState =
  | { status: 'running'; progress: OptimizerProgress }
  | { status: 'refused'; message: string }
  | { status: 'failed'; message: string }
  | { status: 'done'; result: OptimizerResult };

export interface OptimizerJob {
  id: string;
  startedAt: Date;
  state: OptimizerJobState;
}

/** Finished jobs kept, so a result can still be read and applied after a later run. */
const KEPT_FINISHED = 3;

export type OptimizerJobs = ReturnType<typeof createOptimizerJobs>;

/**
 * The optimizer's jobs, held in memory: a fit takes seconds, runs beside the requests (see optimize-parameters.ts)
 * and is polled for its progress. One runs at a time: starting while one runs returns the running one, so repeated
 * clicks (or calls) cannot pile fits onto the server. Nothing here survives a restart, and nothing needs to: a job
 * only proposes parameters, and applying them stores them in the settings.
 */
export function createOptimizerJobs(newId: () => string) {
  const jobs = new Map<string, { job: OptimizerJob; settled: Promise<void> }>();
  let runningId: string | null = null;
  /** Raised when the review history is replaced wholesale: a fit started before that describes another history. */
  let historyVersion = 0;

  const forgetOldest = () => {
    const finished = [...jobs.values()].filter(({ job }) => job.state.status !== 'running');
    for (const { job } of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) jobs.delete(job.id);
  };

  return {
    /** Starts `run` in the background, after the caller's turn; or, when a job is running, returns that one. */
    start(now: Date, run: (report: (progress: OptimizerProgress) => void) => Promise<OptimizerOutcome>): { id: string; started: boolean } {
      if (runningId) return { id: runningId, started: false };
      const job: OptimizerJob = { id: newId(), startedAt: now, state: { status: 'running', progress: { phase: 'reading', share: 0 } } };
      const report = (progress: OptimizerProgress) => {
        if (job.state.status === 'running') job.state = { status: 'running', progress };
      };
      const startedOn = historyVersion;
      const settled = Promise.resolve()
        .then(() => run(report))
        .then(
          (outcome) => {
            if (startedOn !== historyVersion) {
              job.state = { status: 'refused', message: 'Your data was replaced (a restore or an import) while this ran: optimize again.' };
              return;
            }
            job.state = outcome.status === 'done' ? { status: 'done', result: outcome.result } : { status: 'refused', message: outcome.message };
          },
          (error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error);
            job.state = { status: 'failed', message: `The optimizer stopped: ${reason.slice(0, 200)}` };
          },
        )
        .finally(() => {
          runningId = null;
          forgetOldest();
        });
      runningId = job.id;
      jobs.set(job.id, { job, settled });
      return { id: job.id, started: true };
    },
    /** Forgets every finished fit, and voids a running one: the history they were fitted to is gone. */
    historyReplaced(): void {
      historyVersion += 1;
      for (const { job } of jobs.values()) if (job.state.status !== 'running') jobs.delete(job.id);
    },
    get(id: string): OptimizerJob | null {
      return jobs.get(id)?.job ?? null;
    },
    /** Resolves when the job has finished, whatever its outcome (for tests and scripts; the UI polls). */
    settled(id: string): Promise<void> {
      return jobs.get(id)?.settled ?? Promise.resolve();
    },
  };
}
