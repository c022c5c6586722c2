/**
 * npm run bench: builds when needed, seeds a database with 100k cards over every area and 1M review logs spread over
 * a year, then measures in one run and prints one table (also written to bench/RESULTS.md with the date and the
 * machine): the review action under load next to a trivial route, the review transaction, the review queue,
 * /progress, the card browser, the FSRS optimizer, the bank sync, the server's start, the JavaScript of /review next to the framework's floor, and the
 * server's peak memory.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '@/db/prepare-database';
import { isBuildCurrent } from '@/scripts/build-freshness';
import { loadReviewSession } from '@/app/review/load-queue';
import { bankSync, browse, cardPicker, optimizer, progress, reviewQueue, reviewTransaction } from './in-process';
import { scriptBytes } from './page-weight';
import { seedLargeCollection } from './seed-large-collection';
import { closedLoopLoad, peakMemoryMiB, serverActionId, startServer } from './server';

const TOTAL_CARDS = 100_000;
const REVIEW_LOGS = 1_000_000;
const LOAD_SECONDS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3200);

interface Row {
  measure: string;
  value: string;
  target: string;
  met?: boolean;
}
const rows: Row[] = [];
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const add = (measure: string, value: string, target = '', met?: boolean) => {
  rows.push({ measure, value, target, met });
  console.log(`  ${measure}: ${value}${target ? ` (target ${target})` : ''}`);
};

async function main() {
  const root = process.cwd();
  if (!isBuildCurrent(root)) {
    console.log('Building the app...');
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'recall-bench-'));
  const databaseFile = path.join(directory, 'bench.db');
  try {
    const seedStart = performance.now();
    const { db, cardsInBanks } = prepareDatabase({ databaseFile, questionsDir: path.join(root, 'questions'), now: new Date() });
    seedLargeCollection(db, { cardCount: TOTAL_CARDS - cardsInBanks, logCount: REVIEW_LOGS, now: new Date() });
    console.log(`Seeded ${TOTAL_CARDS} cards and ${REVIEW_LOGS} review logs in ${((performance.now() - seedStart) / 1000).toFixed(0)} s.`);

    console.log('In-process:');
    // The queue first: the reviews below would use up the day's review limit and leave it nearly empty.
    const queue = reviewQueue(db);
    const queueSize = loadReviewSession(db, { areas: [], subtopics: [] }, new Date()).items.length;
    add(`review queue load (${queueSize} cards with contents and intervals), p50 / p99`, `${ms(queue.p50)} / ${ms(queue.p99)}`, 'p99 ≤ 2 ms', queue.p99 <= 2);
    const transaction = reviewTransaction(db);
    add('review transaction (durable commit), p50 / p99', `${ms(transaction.p50)} / ${ms(transaction.p99)}`, '≤ 0.5 ms', transaction.p50 <= 0.5);
    const page = progress(db, databaseFile);
    add('/progress server work, report only (median)', ms(page.reportOnly.p50), '≤ 100 ms', page.reportOnly.p50 <= 100);
    add('/progress with interview outlook, unchanged (median)', ms(page.unchanged.p50), '≤ 100 ms', page.unchanged.p50 <= 100);
    add('/progress with interview outlook, after a review (median)', ms(page.afterReview.p50), '≤ 100 ms', page.afterReview.p50 <= 100);
    add('/progress with interview outlook, first of the day (median)', ms(page.fromScratch.p50), '≤ 100 ms', page.fromScratch.p50 <= 100);
    const found = browse(db);
    const p50p99 = (timings: { p50: number; p99: number }) => `${ms(timings.p50)} / ${ms(timings.p99)}`;
    add('/browse first page, all cards by due date, p50 / p99', p50p99(found.firstPage), 'p99 ≤ 50 ms', found.firstPage.p99 <= 50);
    add('/browse page 1,000 of 2,000 (keyset), p50 / p99', p50p99(found.middlePage), 'p99 ≤ 50 ms', found.middlePage.p99 <= 50);
    add('/browse search matching one card, p50 / p99', p50p99(found.rareWord), '≤ 1 s', found.rareWord.p99 <= 1000);
    add('/browse search matching every card, ranked, p50 / p99', p50p99(found.commonWord), '≤ 1 s', found.commonWord.p99 <= 1000);
    add('/browse filtered by state and due date, by stability, p50 / p99', p50p99(found.filtered), '≤ 1 s', found.filtered.p99 <= 1000);
    const fit = await optimizer(db);
    add(`FSRS optimizer over ${REVIEW_LOGS.toLocaleString('en')} review logs (${fit.outcome})`, `${fit.seconds.toFixed(1)} s`);
    add('longest event-loop pause during the optimizer', ms(fit.longestPauseMs), '≤ 500 ms', fit.longestPauseMs <= 500);
    const sync = bankSync(directory);
    add('bank sync, into a new database', ms(sync.cold.p50));
    add('bank sync, nothing changed (median)', ms(sync.unchanged.p50), '≤ 200 ms', sync.unchanged.p50 <= 200);
    const pick = cardPicker(db);
    db.$client.close();

    console.log('Server:');
    const server = await startServer(databaseFile, PORT);
    try {
      add('start to first response (next start, built)', ms(server.startupMs), '≤ 2 s', server.startupMs <= 2000);
      const actionId = serverActionId('submitReview');
      // The review action as the browser calls it (see STACK.md): its id in a header, its arguments as JSON.
      const postReview = (argument: object) =>
        fetch(`${server.base}/review`, {
          method: 'POST',
          headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: server.base },
          body: JSON.stringify([argument]),
        });
      const submit = () => postReview({ reviewId: randomUUID(), cardId: pick(), rating: 3, durationMs: 4_000 });
      const ping = () => fetch(`${server.base}/api/ping`);
      // The same action with a payload its schema refuses: the framework's cost of an action, with none of ours.
      const refused = () => postReview({ reviewId: 'not-a-uuid' });
      for (const connections of [1, 10]) {
        const trivial = await closedLoopLoad(connections, LOAD_SECONDS, ping);
        const action = await closedLoopLoad(connections, LOAD_SECONDS, submit, (body) => body.includes('"ok":true'));
        const floor = await closedLoopLoad(connections, LOAD_SECONDS, refused, (body) => body.includes('"ok":false'));
        const ratio = action.requestsPerSecond / trivial.requestsPerSecond;
        add(
          `trivial route, ${connections} connection(s): req/s, p50 / p99`,
          `${trivial.requestsPerSecond.toFixed(0)}, ${ms(trivial.p50)} / ${ms(trivial.p99)}${trivial.errors ? `, ${trivial.errors} errors` : ''}`,
        );
        add(
          `review action, ${connections} connection(s): req/s, p50 / p99`,
          `${action.requestsPerSecond.toFixed(0)}, ${ms(action.p50)} / ${ms(action.p99)}${action.errors ? `, ${action.errors} errors` : ''}`,
        );
        add(
          `same action refusing its payload (no database work), ${connections} connection(s): req/s`,
          `${floor.requestsPerSecond.toFixed(0)} (${(floor.requestsPerSecond / trivial.requestsPerSecond).toFixed(2)} of the trivial route)`,
        );
        add(`review action / trivial route throughput, ${connections} connection(s)`, ratio.toFixed(2), '≥ 0.60', ratio >= 0.6 && action.errors === 0);
      }
      add('server peak memory (resident) under the load', `${peakMemoryMiB(server.process.pid!).toFixed(0)} MiB`);
      const bytes = await scriptBytes(server.base, ['/review', '/bench-no-such-page']);
      const floor = bytes['/bench-no-such-page']!;
      const review = bytes['/review']!;
      add('JavaScript of a first visit to a minimal page (framework floor), compressed', `${(floor / 1024).toFixed(0)} kB`);
      add('JavaScript of a first visit to /review, compressed', `${(review / 1024).toFixed(0)} kB`);
      add('/review over the floor', `${((review - floor) / 1024).toFixed(0)} kB`, '≤ 60 kB', review - floor <= 60 * 1024);
    } finally {
      server.process.kill('SIGTERM');
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  writeResults();
}

function writeResults() {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const table = [
    '| measure | measured | target | met |',
    '|---|---:|---|:---:|',
    ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.target} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  const header = `# Benchmark results\n\nLast run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.\n` +
    `100k cards over every area (the banks plus synthetic ones), 1M review logs over a year; all figures from one run of \`npm run bench\`.\n\n`;
  // The notes (why a target is missed) are written by hand below the table and kept from run to run.
  const file = path.join(process.cwd(), 'bench', 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes') + 1) : '## Notes\n';
  writeFileSync(file, `${header}${table}\n\n${notes}`);
}

void main();
