'use server';

import { getDb } from '@/db/client';
import { CardRenderError, addPersonalCards, updatePersonalCard } from '@/db/queries/personal-cards';
import { type ActionResult, invalidInput } from '@/lib/action-result';
import { type CardEditorError, parseCardEditor } from '@/lib/questions/parse-card-editor';
import { personalCardId } from '@/lib/questions/personal-card-id';
import { personalCardInput } from './personal-card-input';

export type SavePersonalCardResult = ActionResult<{ id: string }> & { lineErrors?: CardEditorError[] };

/**
 * Adds or edits one of the person's own cards. The typed text goes through the bank parser and schema, so a card
 * saved here is one the bank files would accept (with one key point allowed); any error comes back with its line
 * and nothing is written.
 */
export async function savePersonalCard(input: unknown): Promise<SavePersonalCardResult> {
  const parsed = personalCardInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, ...fields } = parsed.data;
  // A new card is read once under a stand-in id, to learn the prompt its real id is drawn from.
  const read = parseCardEditor({ ...fields, id: id ?? 'my-new-card' });
  if ('errors' in read) return { ok: false, message: 'The card has problems: see below.', lineErrors: read.errors };
  const card = { ...read.card, id: id ?? personalCardId(read.card.area, read.card.prompt) };
  const db = getDb();
  const now = new Date();
  try {
    if (id) {
      if (!updatePersonalCard(db, card, now)) return { ok: false, message: `There is no card "${id}" of your own.` };
      return { ok: true, data: { id } };
    }
    const { existing } = addPersonalCards(db, [card], now);
    if (existing.length > 0) {
      return { ok: false, message: `You already have a card with this prompt in this area: ${card.id}.` };
    }
    return { ok: true, data: { id: card.id } };
  } catch (error) {
    if (!(error instanceof CardRenderError)) throw error;
    return {
      ok: false,
      message: 'The card does not render: see below.',
      lineErrors: error.problems.map((problem) => ({ line: 0, ...problem })),
    };
  }
}
