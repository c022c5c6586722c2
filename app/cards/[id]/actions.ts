'use server';

import { getDb } from '@/db/client';
import { type CardChange, applyCardChange } from '@/db/queries/card-actions';
import { getSettings } from '@/db/queries/settings';
import { type ActionResult, invalidInput } from '@/lib/action-result';
import { changeCardInput } from './card-action-input';

/** Suspends, unsuspends, buries, unburies, resets or marks as known a card. */
export async function changeCard(input: unknown): Promise<ActionResult<{ change: CardChange }>> {
  const parsed = changeCardInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const db = getDb();
  const { cardId, change } = parsed.data;
  if (!applyCardChange(db, cardId, change, new Date(), getSettings(db))) {
    return { ok: false, message: `There is no card "${cardId}".` };
  }
  return { ok: true, data: { change } };
}
