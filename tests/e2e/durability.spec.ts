import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { captureReviewSubmission, reviewRequest, reviewsToday, submittedCardId } from './review-submission';

test.describe.configure({ mode: 'serial' });

const acknowledged = async (response: { status(): number; text(): Promise<string> }) =>
  response.status() === 200 && (await response.text()).includes('"ok":true');

test('the same review sent 20 times at once is saved once', async ({ page, request }) => {
  const sent = await captureReviewSubmission(page);
  const before = await reviewsToday(page);
  const reviewId = crypto.randomUUID();
  const { headers, data } = reviewRequest(sent, reviewId, submittedCardId(sent));
  const responses = await Promise.all(Array.from({ length: 20 }, () => request.post('/review', { headers, data })));
  for (const response of responses) expect(await acknowledged(response)).toBe(true);
  expect(await reviewsToday(page)).toBe(before + 1);
});

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://127.0.0.1:${PORT}`;

/** A production server of the same build on its own database file, started the way `npm start` starts it. */
function startServer(databaseFile: string): ChildProcess {
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  return spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, DATABASE_PATH: databaseFile, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
}

async function waitUntilUp(request: APIRequestContext) {
  await expect
    .poll(async () => (await request.get(`${BASE}/api/health`, { failOnStatusCode: false }).catch(() => null))?.status(), {
      timeout: 30_000,
    })
    .toBe(200);
}

test('a server killed with SIGKILL during a burst of 200 reviews loses no acknowledged review', async ({ page, request }) => {
  test.setTimeout(120_000);
  const sent = await captureReviewSubmission(page);
  const dir = mkdtempSync(path.join(tmpdir(), 'recall-kill-'));
  const databaseFile = path.join(dir, 'kill.db');
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts'], {
    env: { ...process.env, DATABASE_PATH: databaseFile },
    encoding: 'utf8',
  });
  expect(prepared.status, prepared.stderr).toBe(0);
  const cardIds = (() => {
    const db = new Database(databaseFile, { readonly: true });
    try {
      return db.prepare('select id from cards order by new_position limit 20').pluck().all() as string[];
    } finally {
      db.close();
    }
  })();

  let server = startServer(databaseFile);
  try {
    await waitUntilUp(request);
    // 200 reviews over 20 cards, ten in flight at a time; the server is killed once half are acknowledged.
    const reviews = Array.from({ length: 200 }, (_, index) => ({ reviewId: crypto.randomUUID(), cardId: cardIds[index % 20]! }));
    const acked: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < reviews.length) {
        const review = reviews[next++]!;
        const { headers, data } = reviewRequest(sent, review.reviewId, review.cardId, BASE);
        const response = await request.post(`${BASE}/review`, { headers, data, timeout: 5_000 }).catch(() => null);
        if (response && (await acknowledged(response).catch(() => false))) {
          acked.push(review.reviewId);
          if (acked.length === 100) server.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    expect(acked.length).toBeGreaterThanOrEqual(100);
    expect(acked.length).toBeLessThan(200);

    server = startServer(databaseFile);
    await waitUntilUp(request);
    const db = new Database(databaseFile, { readonly: true });
    try {
      const logged = db.prepare('select id from review_logs').pluck().all() as string[];
      expect(new Set(logged).size).toBe(logged.length);
      const missing = acked.filter((id) => !logged.includes(id));
      expect(missing).toEqual([]);
      // Each card's state is the one its last logged review produced.
      for (const cardId of cardIds) {
        const last = db
          .prepare('select state_after from review_logs where card_id = ? order by rowid desc limit 1')
          .pluck()
          .get(cardId) as string | undefined;
        if (!last) continue;
        const after = JSON.parse(last) as { state: string; due: number; stability: number; reps: number; lastReview: number };
        const card = db.prepare('select state, due, stability, reps, last_review from cards where id = ?').get(cardId) as {
          state: string;
          due: number;
          stability: number;
          reps: number;
          last_review: number;
        };
        expect(card, cardId).toEqual({
          state: after.state,
          due: after.due,
          stability: after.stability,
          reps: after.reps,
          last_review: after.lastReview,
        });
      }
    } finally {
      db.close();
    }
  } finally {
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
