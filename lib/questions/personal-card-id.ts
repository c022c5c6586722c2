import { createHash } from 'node:crypto';
import { PERSONAL_ID_PREFIX } from './card-schema';

/**
 * The id of a person's own card, drawn from its area and prompt: "my-" + the prompt's first words + a hash.
 * The same prompt in the same area always gets the same id, so importing a file twice, or adding a card twice,
 * finds the card already there instead of making a copy. Whitespace and case do not count.
 */
export function personalCardId(area: string, prompt: string): string {
  const normalized = prompt.toLowerCase().replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256').update(`${area}\n${normalized}`).digest('hex').slice(0, 10);
  const words = (normalized.match(/[a-z0-9]+/g) ?? []).slice(0, 5).join('-').slice(0, 36).replace(/-+$/, '');
  return `${PERSONAL_ID_PREFIX}${words ? `${words}-` : ''}${hash}`;
}
