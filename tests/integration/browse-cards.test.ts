import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/connection';
import { browseCards } from '@/db/queries/browse-cards';
import { recordReview } from '@/db/queries/reviews';
import { cardContents, cards } from '@/db/schema';
import type { BrowseFilters } from '@/lib/browse/browse-filters';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { createScheduler } from '@/lib/srs/scheduler';
import { bankText, createTestDb, syncText } from '../fixtures/test-db';

const now = new Date('2026-11-23T12:00:00');
let db: Db;
let cleanup: () => void;

const ids = (filters: BrowseFilters, pageSize = 50) =>
  browseCards(db, filters, null, now, 4, pageSize).rows.map((row) => row.id);

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  const algebra = bankText(['la-1', 'la-2', 'la-3'], { area: 'linear-algebra', subtopic: 'eigen' });
  const probability = `---
area: probability
---

## prob-bayes
subtopic: conditional-bayes
level: M
format: free-recall

### Prompt
State Bayes' theorem for a hypothesis and evidence.

### Answer
The posterior is proportional to the likelihood times the prior.

### Key points
- posterior ∝ likelihood × prior
- normalise by the evidence

## prob-mc
subtopic: conditional-bayes
level: H
format: multiple-choice

### Prompt
Which quantity is a conditional probability?

### Answer
The likelihood of the evidence given the hypothesis.

### Options
- [x] the likelihood
- [ ] the marginal
  - it sums over hypotheses
`;
  syncText(db, [algebra, probability], now);
  const scheduler = createScheduler(DEFAULT_SETTINGS);
  recordReview(db, scheduler, { reviewId: randomUUID(), cardId: 'la-2', rating: 3, durationMs: 1000, source: 'daily' }, now);
  db.update(cards).set({ suspendedAt: now }).where(eq(cards.id, 'la-3')).run();
});
afterAll(() => cleanup());

describe('browsing cards', () => {
  it('finds cards by words in the prompt, the answer, key points and options, with stems', () => {
    expect(ids({ q: 'bayes' })).toEqual(['prob-bayes']);
    expect(ids({ q: 'posterior proportional' })).toEqual(['prob-bayes']);
    expect(ids({ q: 'likelihood' }).sort()).toEqual(['prob-bayes', 'prob-mc']);
    expect(ids({ q: 'marginal' })).toEqual(['prob-mc']);
    // Porter stemming: "hypotheses" finds "hypothesis"; the last word is a prefix while typing.
    expect(ids({ q: 'hypotheses' }).sort()).toEqual(['prob-bayes', 'prob-mc']);
    expect(ids({ q: 'lambd' })).toEqual(['la-1', 'la-2', 'la-3']);
  });

  it('treats operator characters in a search as text, not FTS5 syntax', () => {
    for (const q of ['"', 'a AND', 'NEAR(', '-x', '*', 'col:umn', "Bayes' theorem"]) {
      expect(() => ids({ q })).not.toThrow();
    }
    expect(ids({ q: "Bayes' theorem" })).toEqual(['prob-bayes']);
  });

  it('shows where the search matched, marking the words', () => {
    const [row] = browseCards(db, { q: 'marginal' }, null, now, 4).rows;
    expect(row?.snippet).toContain('\u0002marginal\u0003');
  });

  it('filters by area, level, format, state, suspension and due date', () => {
    expect(ids({ area: 'probability' }).sort()).toEqual(['prob-bayes', 'prob-mc']);
    expect(ids({ level: 'H' })).toEqual(['prob-mc']);
    expect(ids({ format: 'multiple-choice' })).toEqual(['prob-mc']);
    expect(ids({ state: 'learning' })).toEqual(['la-2']);
    expect(ids({ state: 'suspended' })).toEqual(['la-3']);
    expect(ids({ due: 'today' })).toEqual(['la-2']);
    expect(ids({ due: 'unscheduled' }).sort()).toEqual(['la-1', 'la-3', 'prob-bayes', 'prob-mc']);
    expect(ids({ area: 'linear-algebra', q: 'bayes' })).toEqual([]);
  });

  it('hides cards retired from the banks unless asked for them', () => {
    db.update(cards).set({ retiredAt: now }).where(eq(cards.id, 'la-1')).run();
    expect(ids({})).not.toContain('la-1');
    expect(ids({ state: 'retired' })).toEqual(['la-1']);
    db.update(cards).set({ retiredAt: null }).where(eq(cards.id, 'la-1')).run();
  });

  it('pages forwards and backwards through every card exactly once, in every sort', () => {
    for (const sort of ['due', 'added', 'reviewed', 'lapses', 'difficulty', 'stability', 'id'] as const) {
      const seen: string[] = [];
      let page = browseCards(db, { sort }, null, now, 4, 2);
      expect(page.previous).toBeNull();
      const pages = [page.rows.map((row) => row.id)];
      while (page.next) {
        page = browseCards(db, { sort }, page.next, now, 4, 2);
        pages.push(page.rows.map((row) => row.id));
      }
      for (const rows of pages) seen.push(...rows);
      expect(seen.sort()).toEqual(['la-1', 'la-2', 'la-3', 'prob-bayes', 'prob-mc']);
      expect(page.total).toBe(5);
      // Back from the last page gives the pages before it, in order.
      const back = browseCards(db, { sort }, page.previous, now, 4, 2);
      expect(back.rows.map((row) => row.id)).toEqual(pages[pages.length - 2]);
    }
  });

  it('pages through search results in order of relevance', () => {
    const filters = { q: 'likelihood hypothesis' };
    const first = browseCards(db, filters, null, now, 4, 1);
    const second = browseCards(db, filters, first.next, now, 4, 1);
    expect([...first.rows, ...second.rows].map((row) => row.id).sort()).toEqual(['prob-bayes', 'prob-mc']);
    expect(second.next).toBeNull();
    expect(browseCards(db, filters, second.previous, now, 4, 1).rows).toEqual(first.rows);
  });

  it('keeps the search index in step when a card is edited or deleted', () => {
    const source = db.select().from(cardContents).where(eq(cardContents.cardId, 'prob-mc')).get()!.source;
    db.update(cardContents).set({ source: { ...source, prompt: 'Which quantity is a posterior odds ratio?' } }).where(eq(cardContents.cardId, 'prob-mc')).run();
    expect(ids({ q: 'odds' })).toEqual(['prob-mc']);
    expect(ids({ q: 'conditional' })).toEqual([]);
  });
});
