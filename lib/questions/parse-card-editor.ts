import { type Card, type CardLevel, personalCardSchema } from './card-schema';
import { parseBankFile } from './parse-bank';

export interface CardEditorInput {
  id: string;
  area: string;
  subtopic: string;
  level: CardLevel;
  /** The `format:` line and the `### Section` blocks of the bank format, as typed in the editor. */
  content: string;
}

export interface CardEditorError {
  /** 1-based line of `content`; 0 for a field chosen outside it (area, subtopic, level) or the card as a whole. */
  line: number;
  field: string;
  message: string;
}

/**
 * Reads a card typed in the card editor with the same parser and schema as the bank files (personalCardSchema):
 * the tags chosen in the form become the file's front matter and key lines, the typed text the rest. Errors point
 * at lines of the typed text, not of the file it is wrapped in.
 */
export function parseCardEditor(input: CardEditorInput): { card: Card } | { errors: CardEditorError[] } {
  const header = `---\narea: ${input.area}\n---\n## ${input.id}\nsubtopic: ${input.subtopic}\nlevel: ${input.level}\n`;
  const offset = header.split('\n').length - 1;
  const { cards, errors } = parseBankFile(header + input.content, 'editor', personalCardSchema);
  if (errors.length === 0 && cards.length === 1) return { card: cards[0]!.card };
  if (errors.length === 0) return { errors: [{ line: 0, field: 'card', message: 'must hold exactly one card' }] };
  return {
    errors: errors.map((error) => ({ line: Math.max(0, error.line - offset), field: error.field, message: error.message })),
  };
}
