/** Percentiles of a set of timings, in the unit they were taken in. */
export interface Timings {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  count: number;
}

export function summarize(samples: readonly number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean, count: sorted.length };
}

/** Times `work` `runs` times (ms), each after an untimed `prepare` whose result it receives. */
export function timeRuns<T>(runs: number, prepare: () => T, work: (input: T) => void): Timings {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const input = prepare();
    const start = performance.now();
    work(input);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
