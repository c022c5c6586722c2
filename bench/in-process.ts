/**
 * The server's database and page work, timed in this process on the benchmark database: a review transaction, the
 * review queue, /progress, the card browser, the FSRS optimizer and the bank sync.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadProgress } from '@/app/progress/load-progress';
import { loadReviewSession } from '@/app/review/load-queue';
import { type Db, openDatabase } from '@/db/connection';
import { prepareDatabase } from '@/db/prepare-database';
import { browseCards } from '@/db/queries/browse-cards';
import { countReviewLogs, reviewHistoryPages } from '@/db/queries/optimizer-history';
import { recordReview } from '@/db/queries/reviews';
import { getSettings } from '@/db/queries/settings';
import type { BrowseCursor, BrowseFilters } from '@/lib/browse/browse-filters';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { optimizeParameters } from '@/lib/srs/optimizer/optimize-parameters';
import { createScheduler } from '@/lib/srs/scheduler';
import { dateKey } from '@/lib/statistics/calendar';
import { DAY_MS } from '@/lib/srs/review-day';
import { type Timings, timeRuns } from './timing';

/** A studied card picked by a fixed stride, so runs are repeatable and spread over the collection. */
export function cardPicker(db: Db): () => string {
  const ids = db.$client.prepare(`select id from cards where state = 'review' and origin = 'personal'`).pluck().all() as string[];
  let next = 0;
  return () => ids[(next += 7919) % ids.length]!;
}

/** One review saved as the action saves it: read the card, schedule it, update it and log it, committed durably. */
export function reviewTransaction(db: Db): Timings {
  const scheduler = createScheduler(getSettings(db));
  const pick = cardPicker(db);
  return timeRuns(2_000, pick, (cardId) =>
    recordReview(db, scheduler, { reviewId: randomUUID(), cardId, rating: 3, durationMs: 5_000, source: 'daily' }, new Date()),
  );
}

export function reviewQueue(db: Db): Timings {
  return timeRuns(300, () => null, () => loadReviewSession(db, { areas: [], subtopics: [] }, new Date()));
}

/** /progress with an interview in three weeks covering every area: unchanged, right after a review, from scratch. */
export function progress(db: Db, databaseFile: string) {
  const interview = { ...DEFAULT_SETTINGS, interviewDate: dateKey(new Date(Date.now() + 21 * DAY_MS)) };
  const scheduler = createScheduler(interview);
  const pick = cardPicker(db);
  const reportOnly = timeRuns(15, () => null, () => loadProgress(db, DEFAULT_SETTINGS, new Date()));
  const fromScratch = timeRuns(
    5,
    () => openDatabase(databaseFile),
    (fresh: Db) => {
      loadProgress(fresh, interview, new Date());
      fresh.$client.close();
    },
  );
  loadProgress(db, interview, new Date());
  const unchanged = timeRuns(15, () => null, () => loadProgress(db, interview, new Date()));
  const afterReview = timeRuns(
    15,
    () => recordReview(db, scheduler, { reviewId: randomUUID(), cardId: pick(), rating: 3, durationMs: 5_000, source: 'daily' }, new Date()),
    () => loadProgress(db, interview, new Date()),
  );
  return { reportOnly, unchanged, afterReview, fromScratch };
}

/** The start script's sync of every bank: into a new database, and again with nothing changed. */
export function bankSync(directory: string): { cold: Timings; unchanged: Timings } {
  const databaseFile = path.join(directory, 'sync.db');
  const questionsDir = path.join(process.cwd(), 'questions');
  const sync = () => prepareDatabase({ databaseFile, questionsDir, now: new Date() }).db.$client.close();
  const cold = timeRuns(1, () => null, sync);
  const unchanged = timeRuns(5, () => null, sync);
  return { cold, unchanged };
}

/**
 * /browse's query over the whole collection: the first page, a page half-way through (keyset paging), searches
 * that match nearly every card and a single one, and filters with a sort that no index serves.
 */
export function browse(db: Db) {
  const now = new Date();
  const run = (filters: BrowseFilters, cursor: BrowseCursor | null = null) =>
    timeRuns(30, () => null, () => browseCards(db, filters, cursor, now, DEFAULT_SETTINGS.dayStartHour));
  const middle = db.$client
    .prepare(`select coalesce(due, 8.64e15) as value, id from cards where retired_at is null order by 1, 2 limit 1 offset 50000`)
    .get() as { value: number; id: string };
  const rare = db.$client.prepare(`select id from cards where id like 'bench-%' order by id desc limit 1`).pluck().get() as string;
  return {
    firstPage: run({}),
    middlePage: run({}, { ...middle, before: false }),
    commonWord: run({ q: 'synthetic question' }),
    rareWord: run({ q: `question ${rare.replace('bench-', '')}` }),
    filtered: run({ state: 'review', due: 'week', sort: 'stability' }),
  };
}

/**
 * The FSRS optimizer over the whole review log, as the settings page runs it: the job's time, and the longest
 * the event loop (which serves every other request) went unanswered meanwhile, probed every 5 ms.
 */
export async function optimizer(db: Db): Promise<{ seconds: number; longestPauseMs: number; outcome: string }> {
  let longestPauseMs = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longestPauseMs = Math.max(longestPauseMs, now - last - 5);
    last = now;
  }, 5);
  const start = performance.now();
  try {
    const outcome = await optimizeParameters(reviewHistoryPages(db), countReviewLogs(db), getSettings(db), () => {});
    const seconds = (performance.now() - start) / 1000;
    return { seconds, longestPauseMs, outcome: outcome.status === 'done' ? `fitted, better: ${outcome.result.better}` : outcome.message };
  } finally {
    clearInterval(probe);
  }
}
