import { type SQL, sql } from 'drizzle-orm';
import { type BrowseCursor, type BrowseFilters, type BrowseSort, toFtsQuery } from '@/lib/browse/browse-filters';
import { DAY_MS, getReviewDay } from '@/lib/srs/review-day';
import type { Db } from '../connection';

/**
 * Later than any due date: new cards (no due date) sort after every scheduled one. Written into the SQL, not bound,
 * so the due order matches the expression index cards_browse_due_idx (migration 0005).
 */
const NEVER = sql.raw('8.64e15');

/** One row of the card browser: tags, flags and memory state, with the prompt's source text (never HTML). */
export interface BrowseRow {
  id: string;
  area: string;
  subtopic: string;
  level: 'E' | 'M' | 'H';
  format: string;
  origin: 'bank' | 'personal';
  state: 'new' | 'learning' | 'review' | 'relearning';
  due: number | null;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  suspended: boolean;
  buriedUntil: number | null;
  retired: boolean;
  /** The prompt's Markdown source; with a search, the matched words are wrapped in \u0002…\u0003. */
  prompt: string;
  /** With a search, the best-matching passage of the card, marked the same way; null without a search. */
  snippet: string | null;
  sortValue: number | string;
}

export interface BrowsePage {
  rows: BrowseRow[];
  total: number;
  /** Cursors for the pages either side; null at either end. */
  next: BrowseCursor | null;
  previous: BrowseCursor | null;
}

/**
 * Every sort is ascending on one key, then on id: descending orders negate their key. That keeps keyset paging a
 * single row-value comparison, `(key, id) > (last key, last id)`, whatever the sort.
 */
const SORT_KEYS: Record<BrowseSort | 'relevance', SQL> = {
  relevance: sql`bm25(card_search, 10.0, 4.0, 1.0)`,
  due: sql`coalesce(c.due, ${NEVER})`,
  added: sql`-c.created_at`,
  reviewed: sql`-coalesce(c.last_review, 0)`,
  lapses: sql`-c.lapses`,
  difficulty: sql`-c.difficulty`,
  stability: sql`(case when c.state = 'new' then ${NEVER} else c.stability end)`,
  id: sql`c.id`,
};

export const BROWSE_PAGE_SIZE = 50;

/**
 * A page of the card browser. A search runs FTS5 over prompts, answers, key points, options and code; filters are
 * ANDed. Retired cards show only when asked for. Pages are keyed on the sort key and id (see BrowseCursor).
 */
export function browseCards(
  db: Db,
  filters: BrowseFilters,
  cursor: BrowseCursor | null,
  now: Date,
  dayStartHour: number,
  pageSize = BROWSE_PAGE_SIZE,
): BrowsePage {
  const ftsQuery = filters.q ? toFtsQuery(filters.q) : null;
  const sortKey = SORT_KEYS[filters.sort ?? (ftsQuery ? 'relevance' : 'due')];
  const from = ftsQuery
    ? sql`card_search join card_contents cc on cc.rowid = card_search.rowid join cards c on c.id = cc.card_id`
    : sql`cards c join card_contents cc on cc.card_id = c.id`;
  const where = whereClause(filters, ftsQuery, now, dayStartHour);

  // Every card has its content, so without a search the count needs no join (and reads an index, not the table).
  const counted = ftsQuery ? from : sql`cards c`;
  const total = db.get<{ total: number }>(sql`select count(*) as total from ${counted} where ${where}`).total;
  // The plain bound before the row-value comparison lets SQLite seek into an index on the key instead of scanning
  // from its start (a page half-way through 100k cards: 0.1 ms instead of 50).
  const paging = cursor
    ? cursor.before
      ? sql` and ${sortKey} <= ${cursor.value} and (${sortKey}, c.id) < (${cursor.value}, ${cursor.id})`
      : sql` and ${sortKey} >= ${cursor.value} and (${sortKey}, c.id) > (${cursor.value}, ${cursor.id})`
    : sql``;
  const order = cursor?.before ? sql`desc` : sql`asc`;
  const fetched = db.all<Omit<BrowseRow, 'suspended' | 'retired'> & { suspended: number; retired: number }>(sql`
    select c.id, c.area, c.subtopic, c.level, c.format, c.origin, c.state, c.due, c.stability, c.difficulty, c.reps,
      c.lapses, c.suspended_at is not null as suspended, c.buried_until as buriedUntil, c.retired_at is not null as retired,
      ${ftsQuery ? sql`highlight(card_search, 0, char(2), char(3))` : sql`json_extract(cc.source, '$.prompt')`} as prompt,
      ${ftsQuery ? sql`snippet(card_search, -1, char(2), char(3), '…', 16)` : sql`null`} as snippet,
      ${sortKey} as sortValue
    from ${from}
    where ${where}${paging}
    order by ${sortKey} ${order}, c.id ${order}
    limit ${pageSize + 1}`);

  const hasMore = fetched.length > pageSize;
  const page = fetched.slice(0, pageSize).map((row) => ({ ...row, suspended: row.suspended === 1, retired: row.retired === 1 }));
  if (cursor?.before) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  // Going forward, there is a page before this one exactly when we came from a cursor; going back, the reverse.
  const moreAfter = cursor?.before ? true : hasMore;
  const moreBefore = cursor?.before ? hasMore : cursor !== null;
  return {
    rows: page,
    total,
    next: moreAfter && last ? { value: last.sortValue, id: last.id, before: false } : null,
    previous: moreBefore && first ? { value: first.sortValue, id: first.id, before: true } : null,
  };
}

function whereClause(filters: BrowseFilters, ftsQuery: string | null, now: Date, dayStartHour: number): SQL {
  const conditions: SQL[] = [];
  if (ftsQuery) conditions.push(sql`card_search match ${ftsQuery}`);
  if (filters.area) conditions.push(sql`c.area = ${filters.area}`);
  if (filters.subtopic) conditions.push(sql`c.subtopic = ${filters.subtopic}`);
  if (filters.level) conditions.push(sql`c.level = ${filters.level}`);
  if (filters.format) conditions.push(sql`c.format = ${filters.format}`);
  if (filters.origin) conditions.push(sql`c.origin = ${filters.origin}`);
  if (filters.state === 'retired') conditions.push(sql`c.retired_at is not null`);
  else conditions.push(sql`c.retired_at is null`);
  if (filters.state === 'suspended') conditions.push(sql`c.suspended_at is not null`);
  else if (filters.state && filters.state !== 'retired') conditions.push(sql`c.state = ${filters.state}`);
  if (filters.due) conditions.push(dueCondition(filters.due, now, dayStartHour));
  return sql.join(conditions, sql` and `);
}

function dueCondition(due: NonNullable<BrowseFilters['due']>, now: Date, dayStartHour: number): SQL {
  const day = getReviewDay(now, dayStartHour);
  const weekEnd = day.end.getTime() + 6 * DAY_MS;
  switch (due) {
    case 'overdue':
      return sql`c.due < ${day.start.getTime()}`;
    case 'today':
      return sql`c.due < ${day.end.getTime()}`;
    case 'week':
      return sql`c.due < ${weekEnd}`;
    case 'later':
      return sql`c.due >= ${weekEnd}`;
    case 'unscheduled':
      return sql`c.due is null`;
  }
}
