import { describe, expect, it } from 'vitest';
import { formatInterval } from '@/lib/srs/format-interval';
import { getReviewDay } from '@/lib/srs/review-day';

describe('getReviewDay', () => {
  it('starts the day at the configured local hour', () => {
    const day = getReviewDay(new Date(2026, 2, 2, 9, 30), 4);
    expect(day.start).toEqual(new Date(2026, 2, 2, 4, 0));
    expect(day.end).toEqual(new Date(2026, 2, 3, 4, 0));
  });

  it('counts the hours after midnight and before the start hour as the previous day', () => {
    const day = getReviewDay(new Date(2026, 2, 2, 1, 15), 4);
    expect(day.start).toEqual(new Date(2026, 2, 1, 4, 0));
    expect(day.end).toEqual(new Date(2026, 2, 2, 4, 0));
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '1m'],
    [10 * 60_000, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * 86_400_000, '4d'],
    [75 * 86_400_000, '2.5mo'],
    [800 * 86_400_000, '2.2y'],
  ])('%d ms -> %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
