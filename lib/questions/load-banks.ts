import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PERSONAL_ID_PREFIX } from './card-schema';
import { parseBankFile, type BankError, type ParsedCard } from './parse-bank';

/** Markdown files under questions/ that document the format rather than hold cards. */
const NOT_BANK_FILES = new Set(['README.md', 'FORMAT.md']);

export interface LoadedBanks {
  cards: ParsedCard[];
  errors: BankError[];
  files: string[];
}

/**
 * Reads and validates every bank file under `directory`, in a stable (sorted) order.
 * File names in errors are relative to `relativeTo` so they can be clicked in a terminal.
 */
export function loadQuestionBanks(directory: string, relativeTo = process.cwd()): LoadedBanks {
  const files = listBankFiles(directory);
  const cards: ParsedCard[] = [];
  const errors: BankError[] = [];
  const firstSeen = new Map<string, ParsedCard>();
  for (const absolute of files) {
    const file = path.relative(relativeTo, absolute);
    const result = parseBankFile(readFileSync(absolute, 'utf8'), file);
    errors.push(...result.errors);
    for (const parsed of result.cards) {
      const earlier = firstSeen.get(parsed.card.id);
      if (parsed.card.id.startsWith(PERSONAL_ID_PREFIX)) {
        errors.push({ file, line: parsed.line, field: 'id', message: `ids starting with "${PERSONAL_ID_PREFIX}" are kept for personal cards` });
        continue;
      }
      if (earlier) {
        errors.push({
          file,
          line: parsed.line,
          field: 'id',
          message: `"${parsed.card.id}" is already used at ${earlier.file}:${earlier.line}`,
        });
        continue;
      }
      firstSeen.set(parsed.card.id, parsed);
      cards.push(parsed);
    }
  }
  return { cards, errors, files: files.map((file) => path.relative(relativeTo, file)) };
}

function listBankFiles(directory: string): string[] {
  const entries = readdirSync(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !NOT_BANK_FILES.has(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
