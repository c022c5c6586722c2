import { describe, expect, it } from 'vitest';
import { splitByDay } from '@/lib/srs/optimizer/time-series-split';

const itemsOn = (...days: number[]) => days.map((day) => ({ day }));

describe('splitByDay', () => {
  it('fits on the earlier days and holds out the later ones, at the day boundary nearest three quarters', () => {
    // 8 items: three quarters is after item 6; the nearest boundary between days is after item 6.
    expect(splitByDay(itemsOn(1, 1, 2, 2, 3, 3, 4, 4))).toEqual({ trainCount: 6, firstTestDay: 4 });
    // Day 3 holds items 3 to 8: the boundary nearest 7.5 of 10 is after item 8.
    expect(splitByDay(itemsOn(1, 2, 3, 3, 3, 3, 3, 3, 4, 5))).toEqual({ trainCount: 8, firstTestDay: 4 });
  });

  it('never splits a day, and keeps at least one day on each side', () => {
    const split = splitByDay(itemsOn(1, 2, 2, 2, 2, 2, 2, 2));
    expect(split).toEqual({ trainCount: 1, firstTestDay: 2 });
    expect(splitByDay(itemsOn(5, 5, 5))).toBeNull();
    expect(splitByDay([])).toBeNull();
  });

  it('takes the share asked for', () => {
    expect(splitByDay(itemsOn(1, 2, 3, 4), 0.5)).toEqual({ trainCount: 2, firstTestDay: 3 });
  });
});
