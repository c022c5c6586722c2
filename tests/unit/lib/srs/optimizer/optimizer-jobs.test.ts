import { describe, expect, it } from 'vitest';
import type { OptimizerOutcome, OptimizerProgress } from '@/lib/srs/optimizer/optimize-parameters';
import { createOptimizerJobs } from '@/lib/srs/optimizer/optimizer-jobs';

const now = new Date('2026-03-02T09:00:00.000Z');
const ids = () => {
  let next = 0;
  return () => `job-${++next}`;
};
const refused: OptimizerOutcome = { status: 'refused', message: 'too little', history: { reviews: 1, cards: 1, days: 1 } };

/** A run the test finishes by hand. */
function controlledRun() {
  let finish: (outcome: OptimizerOutcome) => void = () => {};
  let report: (progress: OptimizerProgress) => void = () => {};
  const run = (reporter: typeof report) => {
    report = reporter;
    return new Promise<OptimizerOutcome>((resolve) => (finish = resolve));
  };
  return { run, finish: (outcome: OptimizerOutcome) => finish(outcome), report: (progress: OptimizerProgress) => report(progress) };
}

describe('createOptimizerJobs', () => {
  it('runs one job at a time: starting again while one runs returns the running one', async () => {
    const jobs = createOptimizerJobs(ids());
    const first = controlledRun();
    expect(jobs.start(now, first.run)).toEqual({ id: 'job-1', started: true });
    expect(jobs.start(now, controlledRun().run)).toEqual({ id: 'job-1', started: false });
    await Promise.resolve();
    first.report({ phase: 'fitting-earlier', share: 0.4 });
    expect(jobs.get('job-1')).toEqual({ id: 'job-1', startedAt: now, state: { status: 'running', progress: { phase: 'fitting-earlier', share: 0.4 } } });
    first.finish(refused);
    await jobs.settled('job-1');
    expect(jobs.get('job-1')?.state).toEqual({ status: 'refused', message: 'too little' });
    expect(jobs.start(now, async () => refused)).toEqual({ id: 'job-2', started: true });
  });

  it('does not start the work inside the caller, and records a failure instead of throwing', async () => {
    const jobs = createOptimizerJobs(ids());
    let ran = false;
    const { id } = jobs.start(now, () => {
      ran = true;
      throw new Error('binding refused the items');
    });
    expect(ran).toBe(false);
    await jobs.settled(id);
    expect(jobs.get(id)?.state).toEqual({ status: 'failed', message: 'The optimizer stopped: binding refused the items' });
  });

  it('keeps the last three finished jobs', async () => {
    const jobs = createOptimizerJobs(ids());
    for (let count = 0; count < 5; count++) await jobs.settled(jobs.start(now, async () => refused).id);
    expect(['job-1', 'job-2', 'job-3', 'job-4', 'job-5'].map((id) => jobs.get(id) !== null)).toEqual([false, false, true, true, true]);
    expect(jobs.get('no-such-job')).toBeNull();
  });

  it('forgets finished fits and voids a running one when the history is replaced (a restore)', async () => {
    const jobs = createOptimizerJobs(ids());
    await jobs.settled(jobs.start(now, async () => refused).id);
    const running = controlledRun();
    const { id } = jobs.start(now, running.run);
    await Promise.resolve();
    jobs.historyReplaced();
    expect(jobs.get('job-1')).toBeNull();
    running.finish(refused);
    await jobs.settled(id);
    expect(jobs.get(id)?.state).toEqual({ status: 'refused', message: expect.stringMatching(/data was replaced/) });
  });
});
