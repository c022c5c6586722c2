import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import {
  type MockSetup,
  createMockSession,
  endMockSession,
  getMockSession,
  listMockSessions,
  recordMockAnswer,
} from '@/db/queries/mock-sessions';
import { cards, mockAnswers, reviewLogs } from '@/db/schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { bankText, createTestDb, syncText } from '../fixtures/test-db';

const now = new Date('2026-03-02T09:00:00.000Z');
const scheduler = createScheduler(DEFAULT_SETTINGS);
const setup: MockSetup = {
  areas: ['linear-algebra'],
  subtopics: [],
  levelMix: 'balanced',
  questionCount: 3,
  timeBudgetMs: null,
  seed: 11,
  practiceOnly: false,
};
const mcBank = `---
area: probability
---

## prob-mc
subtopic: conditional-bayes
level: E
format: multiple-choice

### Prompt
Pick B.

### Options
- [ ] A
  - not A
- [x] B

### Answer
B.
`;
let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = createTestDb());
  syncText(db, [bankText(['la-a', 'la-b', 'la-c']), mcBank], now);
});
afterEach(() => cleanup());

const freeRecall = (covered: number[]) => ({ kind: 'free-recall' as const, text: '', coveredKeyPoints: covered });

describe('mock sessions', () => {
  it('scores each answer on the server and feeds FSRS a mock review with the mapped grade', () => {
    const session = createMockSession(db, setup, now)!;
    expect(session.cardIds).toHaveLength(3);
    const submit = (position: number, answer: Parameters<typeof recordMockAnswer>[2]['answer']) =>
      recordMockAnswer(db, scheduler, { sessionId: session.id, position, answer, flagged: position === 1, durationMs: 5000 }, now);

    expect(submit(0, freeRecall([0, 1]))).toMatchObject({ ok: true, answer: { score: 1 }, finished: false });
    expect(submit(1, freeRecall([1]))).toMatchObject({ ok: true, answer: { score: 0.5, flagged: true } });
    expect(submit(2, { kind: 'skipped' })).toMatchObject({ ok: true, answer: { score: 0, skipped: true }, finished: true });

    const logs = db.select().from(reviewLogs).all();
    expect(logs.map((log) => [log.cardId, log.rating, log.source])).toEqual([
      [session.cardIds[0], 3, 'mock'],
      [session.cardIds[1], 2, 'mock'],
    ]);
    expect(getMockSession(db, session.id)!.session.status).toBe('finished');
    expect(listMockSessions(db)[0]).toMatchObject({ answered: 3, score: 0.5 });
  });

  it('checks multiple-choice answers itself: a claimed score is impossible to send', () => {
    const session = createMockSession(db, { ...setup, areas: ['probability'], questionCount: 1 }, now)!;
    const wrong = recordMockAnswer(
      db,
      scheduler,
      { sessionId: session.id, position: 0, answer: { kind: 'multiple-choice', selected: [0] }, flagged: false, durationMs: 1 },
      now,
    );
    expect(wrong).toMatchObject({ ok: true, answer: { score: 0 } });
    expect(db.select().from(reviewLogs).get()!.rating).toBe(1);
  });

  it('saves an answer once, in order, and only while the session runs', () => {
    const session = createMockSession(db, setup, now)!;
    const answer = { sessionId: session.id, answer: freeRecall([0]), flagged: false, durationMs: 10 };
    expect(recordMockAnswer(db, scheduler, { ...answer, position: 1 }, now)).toMatchObject({ ok: false, code: 'out-of-order' });
    const first = recordMockAnswer(db, scheduler, { ...answer, position: 0 }, now);
    expect(recordMockAnswer(db, scheduler, { ...answer, position: 0, answer: freeRecall([0, 1]) }, now)).toEqual(first);
    expect(db.select().from(mockAnswers).all()).toHaveLength(1);
    expect(db.select().from(reviewLogs).all()).toHaveLength(1);

    expect(endMockSession(db, session.id, 'abandoned', now)).toBe(true);
    expect(recordMockAnswer(db, scheduler, { ...answer, position: 1 }, now)).toMatchObject({ ok: false, code: 'not-active' });
    expect(endMockSession(db, session.id, 'finished', now)).toBe(false);
  });

  it('leaves schedules alone in a practice-only session', () => {
    const session = createMockSession(db, { ...setup, practiceOnly: true }, now)!;
    recordMockAnswer(db, scheduler, { sessionId: session.id, position: 0, answer: freeRecall([0, 1]), flagged: false, durationMs: 1 }, now);
    expect(db.select().from(reviewLogs).all()).toEqual([]);
    expect(db.select().from(cards).where(eq(cards.id, session.cardIds[0]!)).get()!.state).toBe('new');
    expect(db.select().from(mockAnswers).get()).toMatchObject({ score: 1, reviewLogId: null });
  });

  it('writes the answer and its review together: a failed review write leaves no answer', () => {
    const session = createMockSession(db, setup, now)!;
    db.$client.exec(`create trigger fail_log before insert on review_logs begin select raise(abort, 'disk full'); end`);
    expect(() =>
      recordMockAnswer(db, scheduler, { sessionId: session.id, position: 0, answer: freeRecall([0]), flagged: false, durationMs: 1 }, now),
    ).toThrow(/disk full/);
    expect(db.select().from(mockAnswers).all()).toEqual([]);
  });

  it('resumes where it stopped: the session keeps its questions and answers', () => {
    const session = createMockSession(db, setup, now)!;
    recordMockAnswer(db, scheduler, { sessionId: session.id, position: 0, answer: freeRecall([0]), flagged: false, durationMs: 1 }, now);
    const resumed = getMockSession(db, session.id)!;
    expect(resumed.cards.map((card) => card.id)).toEqual(session.cardIds);
    expect(resumed.answers.map((answer) => answer.position)).toEqual([0]);
    expect(resumed.session.status).toBe('active');
  });
});
