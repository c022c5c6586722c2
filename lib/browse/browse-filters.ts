import { z } from 'zod';
import { CARD_FORMATS, CARD_LEVELS } from '@/lib/questions/card-schema';
import { AREA_IDS } from '@/lib/questions/taxonomy';
import { CARD_STATES } from '@/lib/srs/memory-state';

/** What /browse can filter on: FSRS's states plus the two ways a card leaves review. */
export const BROWSE_STATES = [...CARD_STATES, 'suspended', 'retired'] as const;
export const BROWSE_DUE = ['overdue', 'today', 'week', 'later', 'unscheduled'] as const;
export const BROWSE_ORIGINS = ['bank', 'personal'] as const;
export const BROWSE_SORTS = ['due', 'added', 'reviewed', 'lapses', 'difficulty', 'stability', 'id'] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** An empty form field means "any": the filter form submits every field, filled or not. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === undefined ? undefined : value), schema.optional());

/**
 * Where a page starts: the sort value and id of the last row of the page before (keyset paging, so page 2,000
 * costs what page 1 does). `before` pages backwards.
 */
export const browseCursorSchema = z.object({
  value: z.union([z.number().finite(), z.string().max(200), z.null()]),
  id: z.string().max(64),
  before: z.boolean(),
});
export type BrowseCursor = z.infer<typeof browseCursorSchema>;

export const browseFiltersSchema = z.object({
  q: optional(z.string().trim().max(200)),
  area: optional(z.enum(AREA_IDS as [string, ...string[]])),
  subtopic: optional(z.string().max(80)),
  level: optional(z.enum(CARD_LEVELS)),
  format: optional(z.enum(CARD_FORMATS)),
  state: optional(z.enum(BROWSE_STATES)),
  due: optional(z.enum(BROWSE_DUE)),
  origin: optional(z.enum(BROWSE_ORIGINS)),
  sort: optional(z.enum(BROWSE_SORTS)),
  page: optional(z.string().max(400)),
});
export type BrowseFilters = z.infer<typeof browseFiltersSchema>;

/**
 * Reads /browse's query string. A value that does not parse (an old bookmark, a hand-edited URL) is dropped
 * rather than failing the page: the person sees all cards and the filter form shows what applies.
 */
export function parseBrowseFilters(params: Record<string, string | string[] | undefined>): BrowseFilters {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(browseFiltersSchema.shape)) {
    const parsed = schema.safeParse(single[key]);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  return filters as BrowseFilters;
}

export function encodeCursor(cursor: BrowseCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(text: string | undefined): BrowseCursor | null {
  if (!text) return null;
  try {
    const parsed = browseCursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Turns what a person types into an FTS5 query: each word must appear (prefix match on the last one, so results
 * come while typing), quotes keep phrases. FTS5's own syntax (NEAR, column filters, `-`) is not exposed: a stray
 * operator character in a search box should find text, not raise a syntax error.
 */
export function toFtsQuery(text: string): string | null {
  const terms: string[] = [];
  let lastQuoted = false;
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    // "log-loss" or "k-means" becomes the phrase "log loss": FTS5's tokenizer split them the same way.
    const words = (match[1] ?? match[2] ?? '').match(/[\p{L}\p{N}_]+/gu);
    if (!words) continue;
    terms.push(`"${words.join(' ')}"`);
    lastQuoted = match[1] !== undefined;
  }
  if (terms.length === 0) return null;
  if (!lastQuoted) terms[terms.length - 1] += '*';
  return terms.join(' ');
}
