import type { CardLevel } from './card-schema';

const LEVEL_OFFSET: Record<CardLevel, number> = { E: 0, M: 0.3, H: 0.6 };

/**
 * Where a new card sits in the order new cards are introduced: a stable shuffle drawn from the card id, shifted so
 * that easy cards tend to come before medium and hard ones without all of them having to be done first.
 */
export function newCardPosition(cardId: string, level: CardLevel): number {
  // FNV-1a: a fast, stable hash; the order only needs to look shuffled and stay the same across syncs.
  let hash = 0x811c9dc5;
  for (let index = 0; index < cardId.length; index += 1) {
    hash ^= cardId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return LEVEL_OFFSET[level] + (hash >>> 0) / 2 ** 32;
}
