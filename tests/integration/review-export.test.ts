import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/export/reviews/route';
import type { Db } from '@/db/connection';
import { type ReviewLogCursor, getReviewLogPage } from '@/db/queries/review-export';
import { recordReview } from '@/db/queries/reviews';
import { REVLOG_HEADER } from '@/lib/export/revlog-csv';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { bankText, createActionTestDb } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;
const morning = new Date(2026, 10, 23, 9, 0);
const scheduler = createScheduler(DEFAULT_SETTINGS);
const review = (cardId: string, rating: 1 | 2 | 3 | 4, at: Date, durationMs = 3000) =>
  recordReview(db, scheduler, { reviewId: randomUUID(), cardId, rating, durationMs, source: 'daily' }, at);

beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-1', 'la-2', 'la-3'])]));
  // Three reviews at the same instant, then la-1 again (learning) ten minutes later.
  review('la-1', 3, morning, 4000);
  review('la-2', 1, morning);
  review('la-3', 4, morning);
  review('la-1', 3, new Date(morning.getTime() + 600_000), 2500);
});
afterAll(() => cleanup());

describe('exporting the review history', () => {
  it('pages through the log in time order, reviews made at the same instant included once each', () => {
    const seen: string[] = [];
    let cursor: ReviewLogCursor | null = null;
    for (;;) {
      const page = getReviewLogPage(db, cursor, 2);
      seen.push(...page.map((row) => row.id));
      if (page.length < 2) break;
      cursor = { reviewedAt: page[1]!.reviewedAt, id: page[1]!.id };
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('writes the CSV the FSRS optimizers read: one line a review, state before it, times in ms', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="recall-revlog-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).trimEnd().split('\n');
    expect(lines[0]).toBe(REVLOG_HEADER);
    expect(lines).toHaveLength(5);
    const rows = lines.slice(1).map((line) => line.split(','));
    const laOne = rows.filter((row) => row[0] === 'la-1');
    // First seen new (state 0), then learning (1) ten minutes later.
    expect(laOne).toEqual([
      ['la-1', String(morning.getTime()), '3', '0', '4000'],
      ['la-1', String(morning.getTime() + 600_000), '3', '1', '2500'],
    ]);
    expect(rows.map((row) => Number(row[1]))).toEqual([...rows.map((row) => Number(row[1]))].sort((a, b) => a - b));
  });
});
