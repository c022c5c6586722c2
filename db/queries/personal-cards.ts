import { and, eq, inArray } from 'drizzle-orm';
import type { Card } from '@/lib/questions/card-schema';
import { newCardPosition } from '@/lib/questions/new-position';
import { hashCardContent, renderCard } from '@/lib/questions/render-card';
import type { Db } from '../connection';
import { cardContents, cards } from '../schema';

/** A card whose Markdown, math or code does not render: nothing was written. */
export class CardRenderError extends Error {
  constructor(
    readonly cardId: string,
    readonly problems: { field: string; message: string }[],
  ) {
    super(`Card ${cardId} does not render: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`);
    this.name = 'CardRenderError';
  }
}

function renderOrThrow(card: Card) {
  const { rendered, problems } = renderCard(card);
  if (problems.length > 0) throw new CardRenderError(card.id, problems);
  return { contentHash: hashCardContent(card), source: card, rendered, sourceFile: null, sourceLine: null };
}

/**
 * Adds a person's own cards (already validated by `personalCardSchema`), new and unscheduled, in one transaction.
 * A card whose id is already taken is left alone and reported as existing: ids come from the prompt (see
 * personal-card-id.ts), so that is the same card added again. Throws CardRenderError, writing nothing, if any
 * card does not render.
 */
export function addPersonalCards(db: Db, newCards: readonly Card[], now: Date): { added: string[]; existing: string[] } {
  const contents = newCards.map((card) => ({ card, content: renderOrThrow(card) }));
  return db.transaction(
    (tx) => {
      const taken = new Set<string>();
      const ids = newCards.map((card) => card.id);
      for (let start = 0; start < ids.length; start += 500) {
        const batch = ids.slice(start, start + 500);
        for (const row of tx.select({ id: cards.id }).from(cards).where(inArray(cards.id, batch)).all()) taken.add(row.id);
      }
      const added: string[] = [];
      const existing: string[] = [];
      for (const { card, content } of contents) {
        if (taken.has(card.id)) {
          existing.push(card.id);
          continue;
        }
        taken.add(card.id);
        tx.insert(cards)
          .values({
            id: card.id,
            area: card.area,
            subtopic: card.subtopic,
            level: card.level,
            format: card.format,
            origin: 'personal',
            newPosition: newCardPosition(card.id, card.level),
            createdAt: now,
            updatedAt: now,
          })
          .run();
        tx.insert(cardContents).values({ cardId: card.id, ...content }).run();
        added.push(card.id);
      }
      return { added, existing };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Replaces the content and tags of one of the person's own cards, keeping its id, memory state and history.
 * Returns false when there is no personal card with that id (bank cards are edited in their files).
 */
export function updatePersonalCard(db: Db, card: Card, now: Date): boolean {
  const content = renderOrThrow(card);
  return db.transaction(
    (tx) => {
      const result = tx
        .update(cards)
        .set({ area: card.area, subtopic: card.subtopic, level: card.level, format: card.format, updatedAt: now })
        .where(and(eq(cards.id, card.id), eq(cards.origin, 'personal')))
        .run();
      if (result.changes !== 1) return false;
      tx.update(cardContents).set(content).where(eq(cardContents.cardId, card.id)).run();
      return true;
    },
    { behavior: 'immediate' },
  );
}

/** The person's own cards of an area, as written, in the order they were added: for export in the bank format. */
export function getPersonalCardSources(db: Db, area: string): Card[] {
  return db
    .select({ source: cardContents.source })
    .from(cards)
    .innerJoin(cardContents, eq(cardContents.cardId, cards.id))
    .where(and(eq(cards.origin, 'personal'), eq(cards.area, area)))
    .orderBy(cards.createdAt, cards.id)
    .all()
    .map((row) => row.source);
}

/** Areas in which the person has cards of their own, with how many. */
export function countPersonalCardsByArea(db: Db): { area: string; count: number }[] {
  return db.$client
    .prepare(`select area, count(*) as count from cards where origin = 'personal' group by area order by area`)
    .all() as { area: string; count: number }[];
}
