import { describe, expect, it } from 'vitest';
import { OPTIMIZER_MINIMUM, historyShortfall, summarizeItems } from '@/lib/srs/optimizer/history-minimum';
import type { ReviewItem } from '@/lib/srs/optimizer/review-items';

const item = (cardId: string, day: number): ReviewItem => ({
  cardId,
  day,
  reviewedAt: day * 86_400_000,
  sequence: [
    { rating: 3, deltaT: 0 },
    { rating: 3, deltaT: 1 },
  ],
  length: 2,
});

describe('the least history the optimizer runs on', () => {
  it('counts reviews on a later day, cards and days', () => {
    expect(summarizeItems([item('a', 1), item('a', 3), item('b', 3)])).toEqual({ reviews: 3, cards: 2, days: 2 });
  });

  it('explains what is missing, with what there is so far', () => {
    const message = historyShortfall({ reviews: 120, cards: 30, days: 3 });
    expect(message).toContain('at least 400 reviews made on a later day');
    expect(message).toContain('of at least 50 different cards, on at least 7 different days');
    expect(message).toContain('So far there are 120 such reviews, of 30 cards, on 3 days.');
    expect(historyShortfall({ reviews: 1, cards: 1, days: 1 })).toContain('So far there is 1 such review, of 1 card, on 1 day.');
  });

  it('asks for each of the three', () => {
    const enough = { ...OPTIMIZER_MINIMUM };
    expect(historyShortfall(enough)).toBeNull();
    expect(historyShortfall({ ...enough, reviews: 399 })).not.toBeNull();
    expect(historyShortfall({ ...enough, cards: 49 })).not.toBeNull();
    expect(historyShortfall({ ...enough, days: 6 })).not.toBeNull();
  });
});
