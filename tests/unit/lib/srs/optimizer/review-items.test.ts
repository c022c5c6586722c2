import { describe, expect, it } from 'vitest';
import { type LoggedReview, buildReviewItems, dayNumberDate, itemReviews, reviewDayNumber } from '@/lib/srs/optimizer/review-items';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);
const review = (cardId: string, reviewedAt: Date, rating: number, wasNew = false): LoggedReview => ({ cardId, reviewedAt, rating, wasNew });

describe('reviewDayNumber', () => {
  it('numbers review days of the local calendar, a day starting at the configured hour', () => {
    const monday = reviewDayNumber(at(2, 9), 4);
    expect(dayNumberDate(monday)).toBe('2026-03-02');
    expect(reviewDayNumber(at(2, 23, 59), 4)).toBe(monday);
    // 2 a.m. belongs to the evening before, 4 a.m. starts the next day.
    expect(reviewDayNumber(at(3, 2), 4)).toBe(monday);
    expect(reviewDayNumber(at(3, 4), 4)).toBe(monday + 1);
    expect(reviewDayNumber(at(3, 2), 0)).toBe(monday + 1);
  });
});

describe('buildReviewItems', () => {
  it('gives each review on a later day than the previous one an item holding the history before it', () => {
    const items = buildReviewItems(
      [
        review('a', at(2, 9), 3, true),
        review('a', at(2, 9, 10), 3), // a learning step: same day
        review('a', at(3, 2), 1), // 2 a.m.: still the day of the first review, with days starting at 4
        review('a', at(4, 10), 3),
        review('a', at(9, 10), 4),
      ],
      4,
    );
    expect(items.map(itemReviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 2 },
        { rating: 4, deltaT: 5 },
      ],
    ]);
    expect(items.map((item) => [item.cardId, dayNumberDate(item.day), item.reviewedAt])).toEqual([
      ['a', '2026-03-04', at(4, 10).getTime()],
      ['a', '2026-03-09', at(9, 10).getTime()],
    ]);
  });

  it('keeps cards apart and the items in the order of the reviews', () => {
    const items = buildReviewItems(
      [review('a', at(2, 9), 3, true), review('b', at(2, 10), 2, true), review('b', at(3, 9), 3), review('a', at(5, 9), 1)],
      4,
    );
    expect(items.map((item) => [item.cardId, itemReviews(item).map((entry) => entry.deltaT)])).toEqual([
      ['b', [0, 1]],
      ['a', [0, 3]],
    ]);
  });

  it('starts a card again after a reset to new, and skips a card whose first reviews are missing', () => {
    const items = buildReviewItems(
      [
        review('a', at(2, 9), 3, true),
        review('a', at(4, 9), 3),
        review('a', at(6, 9), 3, true), // reset to new, then reviewed
        review('a', at(8, 9), 1),
        review('z', at(2, 9), 3), // studied before the log starts
        review('z', at(5, 9), 3),
      ],
      4,
    );
    expect(items.map((item) => [item.cardId, itemReviews(item)])).toEqual([
      ['a', [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }]],
      ['a', [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 2 }]],
    ]);
  });

  it('gives no item to a card reviewed on one day only', () => {
    expect(buildReviewItems([review('a', at(2, 9), 1, true), review('a', at(2, 9, 1), 3), review('a', at(2, 9, 11), 3)], 4)).toEqual([]);
  });
});
