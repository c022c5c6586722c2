/**
 * Times the server work of /progress on a large synthetic collection (100k cards, 1M review logs):
 *   npx tsx --conditions=react-server bench/progress.ts [cards] [logs]
 * Prints the median and p95 of repeated runs: the report alone, and with an interview date covering every area,
 * computed from scratch (a new connection has no cached projection), unchanged since the last view, and after one
 * review (its area is projected again).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProgress } from '@/app/progress/load-progress';
import { type Db, openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { recordReview } from '@/db/queries/reviews';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { dateKey } from '@/lib/statistics/calendar';
import { seedLargeCollection } from './seed-large-collection';

const cardCount = Number(process.argv[2] ?? 100_000);
const logCount = Number(process.argv[3] ?? 1_000_000);
const runs = 15;
const now = new Date();
const dir = mkdtempSync(path.join(tmpdir(), 'recall-bench-'));
const file = path.join(dir, 'bench.db');
const db = openDatabase(file);

/** Median and p95 of `runs` timings of `work`, each after an untimed `prepare` that returns its input. */
function time<T>(name: string, prepare: () => T, work: (input: T) => void) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const input = prepare();
    const start = performance.now();
    work(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${name.padEnd(44)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

try {
  migrateDatabase(db);
  const seedStart = performance.now();
  const { studied } = seedLargeCollection(db, { cardCount, logCount, now });
  console.log(`seeded ${cardCount} cards (${studied} studied), ${logCount} logs in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const interview = { ...DEFAULT_SETTINGS, interviewDate: dateKey(new Date(now.getTime() + 21 * 86_400_000)) };
  const scheduler = createScheduler(interview);
  const studiedIds = db.$client.prepare(`select id from cards where state != 'new'`).pluck().all() as string[];
  let next = 0;

  time('progress report', () => null, () => loadProgress(db, DEFAULT_SETTINGS, new Date()));
  time(
    'with interview outlook, from scratch',
    () => openDatabase(file),
    (fresh: Db) => {
      loadProgress(fresh, interview, new Date());
      fresh.$client.close();
    },
  );
  loadProgress(db, interview, new Date());
  time('with interview outlook, unchanged', () => null, () => loadProgress(db, interview, new Date()));
  time(
    'with interview outlook, after one review',
    () => {
      const cardId = studiedIds[(next += 7919) % studiedIds.length]!;
      recordReview(db, scheduler, { reviewId: randomUUID(), cardId, rating: 3, durationMs: 5000, source: 'daily' }, new Date());
    },
    () => loadProgress(db, interview, new Date()),
  );
} finally {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
