/**
 * Splits delimiter-separated text (CSV, Anki's tab-separated notes) into records, RFC 4180 style: a field may be
 * wrapped in double quotes, inside which the delimiter, newlines and doubled quotes ("") are plain text. Like the
 * csv crate Anki writes and reads with, it is lenient where the RFC is silent: a quote inside an unquoted field is
 * a literal quote, and text after a closing quote is kept. Line endings are normalised to "\n" first.
 */

export type DelimitedRecord =
  | { kind: 'fields'; line: number; fields: string[] }
  /** A line starting with "#" where comments are allowed (Anki's format). */
  | { kind: 'comment'; line: number; text: string }
  /** An opening quote that is never closed: the rest of the text could not be split. */
  | { kind: 'unclosed-quote'; line: number; lastLine: number };

export interface ReadOptions {
  /** Lines starting with "#" are comments, not records. */
  comments: boolean;
  /** The line number of the text's first line, when the text is the rest of a file. */
  firstLine?: number;
}

/** Normalises line endings: Windows and classic Mac files read like Unix ones. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Every record of `text`, each with the line it starts on. Blank lines are skipped. */
export function readDelimitedRecords(text: string, delimiter: string, options: ReadOptions): DelimitedRecord[] {
  const source = normalizeNewlines(text);
  const records: DelimitedRecord[] = [];
  let index = 0;
  let line = options.firstLine ?? 1;
  while (index < source.length) {
    if (source[index] === '\n') {
      index += 1;
      line += 1;
      continue;
    }
    if (options.comments && source[index] === '#') {
      const end = lineEnd(source, index);
      records.push({ kind: 'comment', line, text: source.slice(index, end) });
      index = end + 1;
      line += 1;
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (source[index] === '"') {
        // A quoted field: read to the closing quote, keeping newlines and turning "" into ".
        index += 1;
        for (;;) {
          const quote = source.indexOf('"', index);
          if (quote === -1) {
            // The text's last line, not counting a final line break.
            const last = source.endsWith('\n') ? source.length - 1 : source.length;
            records.push({ kind: 'unclosed-quote', line: startLine, lastLine: line + countNewlines(source, index, last) });
            return records;
          }
          line += countNewlines(source, index, quote);
          field += source.slice(index, quote);
          if (source[quote + 1] === '"') {
            field += '"';
            index = quote + 2;
          } else {
            index = quote + 1;
            break;
          }
        }
      }
      // An unquoted field, or what follows a closing quote up to the next delimiter or line end.
      const end = fieldEnd(source, index, delimiter);
      field += source.slice(index, end);
      fields.push(field);
      index = end;
      if (source.startsWith(delimiter, index)) {
        index += delimiter.length;
        continue;
      }
      if (source[index] === '\n') {
        index += 1;
        line += 1;
      }
      break;
    }
    records.push({ kind: 'fields', line: startLine, fields });
  }
  return records;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function fieldEnd(text: string, from: number, delimiter: string): number {
  const newline = lineEnd(text, from);
  const next = text.indexOf(delimiter, from);
  return next === -1 || next > newline ? newline : next;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
