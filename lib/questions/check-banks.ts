import { findDuplicateQuestions } from './find-duplicates';
import { loadQuestionBanks, type LoadedBanks } from './load-banks';
import { formatBankError } from './parse-bank';
import { renderCard } from './render-card';

/**
 * Everything `questions:check` verifies: the files parse and validate, ids are unique, no two cards ask the same
 * question, and every card's math and code render. Returns printable "file:line: field: message" lines.
 */
export function checkQuestionBanks(directory: string): Omit<LoadedBanks, 'errors'> & { errors: string[] } {
  const loaded = loadQuestionBanks(directory);
  const errors = loaded.errors.map(formatBankError);
  for (const parsed of loaded.cards) {
    for (const problem of renderCard(parsed.card).problems) {
      errors.push(formatBankError({ file: parsed.file, line: parsed.line, field: problem.field, message: problem.message }));
    }
  }
  const byId = new Map(loaded.cards.map((parsed) => [parsed.card.id, parsed]));
  for (const pair of findDuplicateQuestions(loaded.cards.map((parsed) => parsed.card))) {
    const first = byId.get(pair.first)!;
    const second = byId.get(pair.second)!;
    errors.push(
      formatBankError({
        file: second.file,
        line: second.line,
        field: 'prompt',
        message: `asks the same question as ${pair.first} (${first.file}:${first.line}, similarity ${pair.similarity})`,
      }),
    );
  }
  return { ...loaded, errors };
}
