import { and, count, eq, gte, isNull, ne, sql, sum } from 'drizzle-orm';
import type { Db } from '../connection';
import { cards, reviewLogs } from '../schema';
import { DAY_MS } from '@/lib/srs/review-day';

/** A review's local calendar day as YYYY-MM-DD, counted from the hour a review day starts (SQLite's localtime). */
const reviewDay = (dayStartHour: number) =>
  sql<string>`strftime('%Y-%m-%d', ${reviewLogs.reviewedAt} / 1000 - ${dayStartHour * 3600}, 'unixepoch', 'localtime')`;

/** Cards due on each of the next `days` review days; overdue cards count on day 0. */
export function getDueForecast(db: Db, todayStart: Date, days: number): number[] {
  const dayIndex = sql<number>`max(0, cast((${cards.due} - ${todayStart.getTime()}) / ${DAY_MS} as integer))`;
  const rows = db
    .select({ day: dayIndex, cards: count() })
    .from(cards)
    .where(
      and(
        isNull(cards.retiredAt),
        ne(cards.state, 'new'),
        sql`${cards.due} < ${todayStart.getTime() + days * DAY_MS}`,
      ),
    )
    .groupBy(dayIndex)
    .all();
  const forecast = new Array<number>(days).fill(0);
  for (const row of rows) forecast[row.day] = (forecast[row.day] ?? 0) + row.cards;
  return forecast;
}

export interface DailyActivity {
  day: string;
  reviews: number;
  durationMs: number;
}

/** Reviews and time spent per local review day since `since`. */
export function getDailyActivity(db: Db, since: Date, dayStartHour: number): DailyActivity[] {
  const day = reviewDay(dayStartHour);
  return db
    .select({ day, reviews: count(), durationMs: sum(reviewLogs.durationMs).mapWith(Number) })
    .from(reviewLogs)
    .where(gte(reviewLogs.reviewedAt, since))
    .groupBy(day)
    .orderBy(day)
    .all();
}

/** Days since the last review, in buckets, for true retention by interval. */
export const INTERVAL_BUCKETS = [
  { label: '1–2 days', upTo: 2 },
  { label: '3–7 days', upTo: 7 },
  { label: '8–21 days', upTo: 21 },
  { label: '22–60 days', upTo: 60 },
  { label: 'over 60 days', upTo: Infinity },
] as const;

export interface RetentionRow {
  group: string;
  reviews: number;
  passed: number;
}

/**
 * True retention: the share of reviews of cards in review (not learning) that were not rated Again, per area and
 * per interval bucket, over reviews since `since`.
 */
export function getTrueRetention(db: Db, since: Date): { byArea: RetentionRow[]; byInterval: RetentionRow[] } {
  const inReview = and(
    gte(reviewLogs.reviewedAt, since),
    sql`json_extract(${reviewLogs.stateBefore}, '$.state') = 'review'`,
  );
  const passed = sql<number>`sum(${reviewLogs.rating} > 1)`.mapWith(Number);
  const byArea = db
    .select({ group: cards.area, reviews: count(), passed })
    .from(reviewLogs)
    .innerJoin(cards, eq(cards.id, reviewLogs.cardId))
    .where(inReview)
    .groupBy(cards.area)
    .all();
  const elapsedDays = sql`(${reviewLogs.reviewedAt} - json_extract(${reviewLogs.stateBefore}, '$.lastReview')) * 1.0 / ${DAY_MS}`;
  const bucket = sql<number>`case ${sql.join(
    INTERVAL_BUCKETS.slice(0, -1).map((b, index) => sql`when ${elapsedDays} <= ${b.upTo} then ${index}`),
    sql` `,
  )} else ${INTERVAL_BUCKETS.length - 1} end`;
  const rows = db.select({ bucket, reviews: count(), passed }).from(reviewLogs).where(inReview).groupBy(bucket).all();
  const byInterval = INTERVAL_BUCKETS.map((b, index) => {
    const row = rows.find((r) => r.bucket === index);
    return { group: b.label, reviews: row?.reviews ?? 0, passed: row?.passed ?? 0 };
  });
  return { byArea, byInterval };
}
