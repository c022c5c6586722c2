import { normalizeNewlines, readDelimitedRecords } from './delimited-records';
import type { ParsedImport } from './import-row';
import { type FieldKind, splitTags } from './note-to-row';
import { type ColumnLayout, recordsToRows, usualColumnCount } from './records-to-rows';

/**
 * Reads Anki's "Notes in Plain Text" export. Since Anki 2.1.55 the file opens with header lines:
 *
 *     #separator:tab
 *     #html:true
 *     #guid column:1
 *     #notetype column:2
 *     #deck column:3
 *     #tags column:6
 *
 * then one note per line: the columns named by the header (1-based), the note's fields in the others, padded to the
 * widest note type, and fields with a separator, quote or newline quoted CSV-style. The front is the first field
 * column and the back the second. Older exports have no header: fields are tab-separated HTML with newlines
 * already turned into `<br>`, and the last column holds the space-separated tags when there are three or more
 * columns (as Anki itself reads such a file for a two-field note type). A first line `tags:...` (historic) gives
 * tags for every note.
 */
export function parseAnkiText(text: string): ParsedImport {
  const lines = normalizeNewlines(text.replace(/^\uFEFF/, '')).split('\n');
  const header = { separator: '\t', html: undefined as boolean | undefined, metaColumns: new Map<string, number>(), globalTags: [] as string[] };
  let columnLabels: string | undefined;
  let hasHeader = false;
  let bodyStart = 0;
  for (; bodyStart < lines.length; bodyStart += 1) {
    const line = lines[bodyStart]!;
    if (bodyStart === 0 && line.startsWith('tags:')) {
      header.globalTags = splitTags(line.slice('tags:'.length));
      continue;
    }
    if (!line.startsWith('#')) break;
    hasHeader = true;
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const key = line.slice(1, colon).trim().toLowerCase();
    const value = line.slice(colon + 1);
    if (key === 'separator') header.separator = separatorFrom(value) ?? header.separator;
    else if (key === 'html' && /^\s*(true|false)\s*$/i.test(value)) header.html = value.trim().toLowerCase() === 'true';
    else if (key === 'tags') header.globalTags = splitTags(value);
    else if (key === 'columns') columnLabels = value;
    else if (/^(guid|notetype|deck|tags) column$/.test(key) && /^\s*[1-9]\d{0,3}\s*$/.test(value)) {
      header.metaColumns.set(key.replace(' column', ''), Number(value) - 1);
    }
  }
  // "#columns:Front<tab>Back<tab>Tags" (hand-made files) can name the tags column instead.
  if (columnLabels !== undefined && !header.metaColumns.has('tags')) {
    const tagsIndex = columnLabels.split(header.separator).findIndex((label) => label.trim().toLowerCase() === 'tags');
    if (tagsIndex !== -1) header.metaColumns.set('tags', tagsIndex);
  }
  const records = readDelimitedRecords(lines.slice(bodyStart).join('\n'), header.separator, { comments: true, firstLine: bodyStart + 1 });
  const columns = usualColumnCount(records);
  const meta = new Set(header.metaColumns.values());
  const fieldColumns = Array.from({ length: columns }, (_, index) => index).filter((index) => !meta.has(index));
  const tags = hasHeader ? header.metaColumns.get('tags') : columns >= 3 ? columns - 1 : undefined;
  const layout: ColumnLayout = {
    front: fieldColumns[0] ?? 0,
    back: fieldColumns.find((index) => index !== tags && index !== fieldColumns[0]) ?? Math.max(columns, 1),
    columns,
    ...(tags === undefined ? {} : { tags }),
  };
  const kind: FieldKind = header.html === true ? 'anki-html' : header.html === false ? 'anki-text' : 'anki-unknown';
  return { format: 'anki', ...recordsToRows(records, layout, kind, header.globalTags) };
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** `#separator:` takes a name (tab, comma, ...) or the character itself, as Anki reads it. */
function separatorFrom(value: string): string | undefined {
  const named = SEPARATORS[value.trim().toLowerCase()];
  if (named) return named;
  return value.length === 1 && value !== '"' && value !== '\n' ? value : undefined;
}
