import type { ImportFormat, ParsedImport } from './import-row';
import { parseAnkiText } from './parse-anki';
import { parseCsvText } from './parse-csv';

const ANKI_DIRECTIVE = /^#(separator|html|tags|columns|notetype|deck|guid|tags column|notetype column|deck column|guid column|if matches):/i;

/**
 * Which parser a file needs, when the person leaves it to the app: Anki's header lines decide first, then the file
 * name (.csv is CSV; .txt and .tsv are Anki's tab-separated export), then the first line (tabs mean Anki's export).
 */
export function detectImportFormat(text: string, fileName: string): ImportFormat {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  if (ANKI_DIRECTIVE.test(firstLine)) return 'anki';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'txt' || extension === 'tsv') return 'anki';
  return firstLine.includes('\t') ? 'anki' : 'csv';
}

/** Parses an uploaded file in the chosen format, or the detected one for "auto". */
export function parseImportFile(text: string, fileName: string, format: ImportFormat | 'auto'): ParsedImport & { detected: boolean } {
  const chosen = format === 'auto' ? detectImportFormat(text, fileName) : format;
  const parsed = chosen === 'anki' ? parseAnkiText(text) : parseCsvText(text);
  return { ...parsed, detected: format === 'auto' };
}
