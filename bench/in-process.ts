/**
 * The server's database and page work, timed in this process on the benchmark database: a review transaction, the
 * review queue, /progress, and the bank sync.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadProgress } from '@/app/progress/load-progress';
import { loadReviewSession } from '@/app/review/load-queue';
import { type Db, openDatabase } from '@/db/connection';
import { prepareDatabase } from '@/db/prepare-database';
import { recordReview } from '@/db/queries/reviews';
import { getSettings } from '@/db/queries/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { dateKey } from '@/lib/statistics/calendar';
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
  const interview = { ...DEFAULT_SETTINGS, interviewDate: dateKey(new Date(Date.now() + 21 * 86_400_000)) };
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
