import type { DelimitedRecord } from './delimited-records';
import { type ImportRow, MAX_IMPORT_NOTES, type SkippedRow } from './import-row';
import { type FieldKind, isSkipped, noteToRow, splitTags } from './note-to-row';

/** Where a file keeps each part of a note: 0-based column indexes, and how many columns every note has. */
export interface ColumnLayout {
  front: number;
  back: number;
  tags?: number;
  columns: number;
}

/** The column count most records have (the first one seen on a tie): what a record with another count breaks. */
export function usualColumnCount(records: readonly DelimitedRecord[]): number {
  const counts = new Map<number, number>();
  for (const record of records) {
    if (record.kind === 'fields' && !isBlank(record.fields)) counts.set(record.fields.length, (counts.get(record.fields.length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [columns, count] of counts) {
    if (count > bestCount) [best, bestCount] = [columns, count];
  }
  return best;
}

/**
 * Turns records into import rows by `layout`, or into skips with their line and reason: a wrong column count, an
 * unclosed quote, a stray comment line, a note past the import's size limit, or whatever `noteToRow` refuses.
 */
export function recordsToRows(
  records: readonly DelimitedRecord[],
  layout: ColumnLayout,
  kind: FieldKind,
  globalTags: readonly string[] = [],
): { rows: ImportRow[]; skipped: SkippedRow[] } {
  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  let notes = 0;
  for (const [index, record] of records.entries()) {
    if (record.kind === 'comment') {
      skipped.push({ line: record.line, reason: 'starts with "#", which Anki reads as a comment, not a note' });
      continue;
    }
    if (record.kind === 'unclosed-quote') {
      const lines = record.lastLine > record.line ? `lines ${record.line}–${record.lastLine}` : `line ${record.line}`;
      skipped.push({ line: record.line, reason: `a quoted field opens here and is never closed, so ${lines} could not be read` });
      continue;
    }
    if (isBlank(record.fields)) continue;
    notes += 1;
    if (notes > MAX_IMPORT_NOTES) {
      const rest = records.slice(index).filter((later) => later.kind === 'fields' && !isBlank(later.fields)).length;
      skipped.push({
        line: record.line,
        reason: `this note and the ${(rest - 1).toLocaleString('en')} after it are past the ${MAX_IMPORT_NOTES.toLocaleString('en')} notes one import takes: import them from a second file`,
      });
      break;
    }
    const { fields } = record;
    if (layout.columns < Math.max(layout.front, layout.back) + 1) {
      skipped.push({ line: record.line, reason: `has ${columnCount(fields.length)}: a note needs a front and a back` });
      continue;
    }
    if (fields.length !== layout.columns) {
      skipped.push({
        line: record.line,
        reason: `has ${columnCount(fields.length)} where the file's notes have ${layout.columns} (an unquoted separator or quote?)`,
      });
      continue;
    }
    const tags = [...globalTags, ...splitTags(layout.tags === undefined ? undefined : fields[layout.tags])];
    const row = noteToRow(record.line, fields[layout.front] ?? '', fields[layout.back] ?? '', tags, kind);
    if (isSkipped(row)) skipped.push(row);
    else rows.push(row);
  }
  return { rows, skipped };
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

function columnCount(count: number): string {
  return `${count} column${count === 1 ? '' : 's'}`;
}
