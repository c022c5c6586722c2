import { type DelimitedRecord, normalizeNewlines, readDelimitedRecords } from './delimited-records';
import type { ParsedImport } from './import-row';
import { type ColumnLayout, recordsToRows, usualColumnCount } from './records-to-rows';

const FRONT_NAMES = new Set(['front', 'question', 'prompt', 'q', 'term']);
const BACK_NAMES = new Set(['back', 'answer', 'a', 'definition']);
const TAGS_NAMES = new Set(['tags', 'tag']);

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, newlines and doubled quotes). The separator is a comma,
 * or a semicolon or tab when the first line has more of those (spreadsheets in many locales write semicolons).
 * A first row naming its columns (`front,back,tags`, `question,answer`, ...) is a header and maps them by name;
 * otherwise the first column is the front, the second the back, and a third or later last column the tags.
 * Fields are Markdown, as in the card editor; HTML in a field is converted the way Anki's is.
 */
export function parseCsvText(text: string): ParsedImport {
  const source = normalizeNewlines(text.replace(/^\uFEFF/, ''));
  const records = readDelimitedRecords(source, sniffSeparator(source), { comments: false });
  const first = records.find((record) => record.kind === 'fields');
  const header = first?.kind === 'fields' ? headerLayout(first.fields) : undefined;
  if (header) {
    const body = records.filter((record) => record !== first);
    return { format: 'csv', ...recordsToRows(body, header, 'csv') };
  }
  return { format: 'csv', ...recordsToRows(records, positionalLayout(records), 'csv') };
}

function headerLayout(fields: readonly string[]): ColumnLayout | undefined {
  const names = fields.map((field) => field.trim().toLowerCase());
  const front = names.findIndex((name) => FRONT_NAMES.has(name));
  const back = names.findIndex((name) => BACK_NAMES.has(name));
  if (front === -1 || back === -1) return undefined;
  const tags = names.findIndex((name) => TAGS_NAMES.has(name));
  return { front, back, columns: fields.length, ...(tags === -1 ? {} : { tags }) };
}

function positionalLayout(records: readonly DelimitedRecord[]): ColumnLayout {
  const columns = usualColumnCount(records);
  return { front: 0, back: 1, columns, ...(columns >= 3 ? { tags: columns - 1 } : {}) };
}

/** The separator the first line uses most, outside quotes: comma unless semicolons or tabs outnumber commas. */
function sniffSeparator(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  const count = (separator: string) => unquoted.split(separator).length - 1;
  const best = [';', '\t'].reduce((winner, separator) => (count(separator) > count(winner) ? separator : winner), ',');
  return best;
}
