'use server';

import { getDb } from '@/db/client';
import { setCardSuspended } from '@/db/queries/card-actions';
import { type ActionResult, invalidInput } from '@/lib/action-result';
import { suspendCardInput } from './card-action-input';

/** Suspends a card, or unsuspends it. */
export async function suspendCard(input: unknown): Promise<ActionResult<{ suspended: boolean }>> {
  const parsed = suspendCardInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  if (!setCardSuspended(getDb(), parsed.data.cardId, parsed.data.suspended, new Date())) {
    return { ok: false, message: `There is no card "${parsed.data.cardId}".` };
  }
  return { ok: true, data: { suspended: parsed.data.suspended } };
}
