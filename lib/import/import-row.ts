/** What the import parsers give: one row per note that can become a card, and one entry per line that cannot. */

export const IMPORT_FORMATS = ['anki', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The card schema's limit on a Markdown field. */
export const MAX_FIELD_CHARS = 20_000;

/**
 * How many notes one import takes. Each card is rendered (math, code) to check it before anything is written, about
 * a millisecond apiece: 5,000 keeps a preview within a few seconds on a small machine.
 */
export const MAX_IMPORT_NOTES = 5_000;

export interface ImportRow {
  /** The line of the file the note starts on (1-based; a quoted field may span several lines). */
  line: number;
  /** Markdown, ready to be a card's prompt. */
  front: string;
  /** Markdown, ready to be a card's answer. */
  back: string;
  /** Set for cloze notes, whose deletions are what an answer is scored on; otherwise the back is the one point. */
  keyPoints?: string[];
  tags: string[];
  /** What was changed on the way in and the person should know, e.g. an image left out. */
  notes: string[];
}

export interface SkippedRow {
  line: number;
  reason: string;
  /** The start of the note's front, when there is one, so the person can find it. */
  front?: string;
}

export interface ParsedImport {
  format: ImportFormat;
  rows: ImportRow[];
  skipped: SkippedRow[];
}

/** A short plain-text excerpt of a field, for reports. */
export function excerpt(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
