import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { toBindingItems } from '@/lib/srs/optimizer/fsrs-binding';
import { optimizeParameters } from '@/lib/srs/optimizer/optimize-parameters';
import { asLoggedReviews, simulateHistory } from '../../../../fixtures/synthetic-history';

describe('optimizeParameters', () => {
  it('lets the event loop run all along a long job', async () => {
    const cardIds = Array.from({ length: 2_500 }, (_, index) => `card-${index}`);
    const logs = asLoggedReviews(simulateHistory({ cardIds, newPerDay: 50, totalDays: 90, seed: 11, start: new Date(2026, 0, 5) }));
    const pages = Array.from({ length: Math.ceil(logs.length / 5_000) }, (_, page) => logs.slice(page * 5_000, (page + 1) * 5_000));

    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const tick = performance.now();
      longestGap = Math.max(longestGap, tick - last);
      last = tick;
    }, 5);
    const started = performance.now();
    const outcome = await optimizeParameters(pages, logs.length, DEFAULT_SETTINGS, () => {});
    const elapsed = performance.now() - started;
    clearInterval(ticker);

    expect(outcome.status).toBe('done');
    console.info(`optimizer: ${logs.length} logs in ${Math.round(elapsed)} ms, longest event-loop gap ${Math.round(longestGap)} ms`);
    // Other requests wait at most one chunk of work, not the job.
    expect(longestGap).toBeLessThan(Math.min(250, elapsed / 3));
  }, 60_000);

  it('refuses a malformed review sequence instead of handing it to fsrs-rs, which would abort the process', async () => {
    const item = (sequence: { rating: number; deltaT: number }[]) => ({ cardId: 'a', day: 1, reviewedAt: 0, sequence, length: sequence.length });
    for (const sequence of [
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }], // no review on a later day
      [{ rating: 3, deltaT: 2 }, { rating: 3, deltaT: 2 }], // a first review with days before it
      [{ rating: 5, deltaT: 0 }, { rating: 3, deltaT: 2 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1.5 }],
      [{ rating: 3, deltaT: 0 }],
    ]) {
      await expect(toBindingItems([item(sequence)])).rejects.toThrow('A review sequence of card a is not one FSRS can read.');
    }
    await expect(toBindingItems([item([{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 3 }])])).resolves.toHaveLength(1);
  });
});
