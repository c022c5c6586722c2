import { loadQuestionBanks, type LoadedBanks } from './load-banks';
import { formatBankError } from './parse-bank';
import { renderCard } from './render-card';

/**
 * Everything `questions:check` and the start-up verify: the files parse and validate, ids are unique, and every
 * card's math and code render. Returns printable "file:line: field: message" lines.
 */
export function checkQuestionBanks(directory: string): Omit<LoadedBanks, 'errors'> & { errors: string[] } {
  const loaded = loadQuestionBanks(directory);
  const errors = loaded.errors.map(formatBankError);
  for (const parsed of loaded.cards) {
    for (const problem of renderCard(parsed.card).problems) {
      errors.push(formatBankError({ file: parsed.file, line: parsed.line, field: problem.field, message: problem.message }));
    }
  }
  return { ...loaded, errors };
}
