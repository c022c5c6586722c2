/**
 * The /progress part of the benchmark alone, at any size (the full run uses 100k cards):
 *   npx tsx --conditions=react-server bench/progress.ts [cards] [logs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { progress } from './in-process';
import { seedLargeCollection } from './seed-large-collection';

const cardCount = Number(process.argv[2] ?? 100_000);
const logCount = Number(process.argv[3] ?? 10 * cardCount);
const directory = mkdtempSync(path.join(tmpdir(), 'recall-bench-'));
const file = path.join(directory, 'bench.db');
const db = openDatabase(file);
try {
  migrateDatabase(db);
  seedLargeCollection(db, { cardCount, logCount, now: new Date() });
  const result = progress(db, file);
  console.log(`${cardCount} cards, ${logCount} review logs: median (p95) in ms`);
  for (const [name, timings] of Object.entries(result)) {
    console.log(`  ${name.padEnd(14)} ${timings.p50.toFixed(1).padStart(7)} (${timings.p95.toFixed(1)})`);
  }
} finally {
  db.$client.close();
  rmSync(directory, { recursive: true, force: true });
}
