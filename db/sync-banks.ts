import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ParsedCard } from '@/lib/questions/parse-bank';
import { newCardPosition } from '@/lib/questions/new-position';
import { formatBankError } from '@/lib/questions/parse-bank';
import { hashCardContent, type RenderedCard, renderCard } from '@/lib/questions/render-card';
import type { Db } from './connection';
import { cardContents, cards } from './schema';

/** Cards whose math or code does not render: nothing was written. */
export class BankSyncError extends Error {
  constructor(readonly problems: string[]) {
    super(`The question banks have ${problems.length} problem(s):\n${problems.join('\n')}`);
    this.name = 'BankSyncError';
  }
}

interface PendingWrite {
  parsed: ParsedCard;
  hash: string;
  existing: { hash: string | null; retiredAt: Date | null } | undefined;
  /** Set when the content changed and the card was re-rendered. */
  rendered: RenderedCard | undefined;
}

export interface SyncReport {
  added: number;
  updated: number;
  retired: number;
  restored: number;
  unchanged: number;
}

/**
 * Brings the bank cards in the database in line with the bank files, keyed by card id, in one transaction.
 * A new id is added; a changed card (by content hash) is re-rendered and updated, keeping its memory state and
 * history; a bank card no longer in the files is retired (hidden, history kept) and restored if it returns.
 * When nothing changed it reads one hash per card and writes nothing.
 */
export function syncQuestionBanks(db: Db, parsedCards: readonly ParsedCard[], now: Date): SyncReport {
  const report: SyncReport = { added: 0, updated: 0, retired: 0, restored: 0, unchanged: 0 };
  const known = new Map(
    db
      .select({ id: cards.id, hash: cardContents.contentHash, retiredAt: cards.retiredAt })
      .from(cards)
      .leftJoin(cardContents, eq(cardContents.cardId, cards.id))
      .where(eq(cards.origin, 'bank'))
      .all()
      .map((row) => [row.id, row]),
  );

  // Rendering is the slow part (KaTeX), so it happens before the write transaction and only for changed cards.
  const problems: string[] = [];
  const writes = parsedCards.flatMap((parsed): PendingWrite[] => {
    const hash = hashCardContent(parsed.card);
    const existing = known.get(parsed.card.id);
    if (existing && existing.hash === hash && existing.retiredAt === null) return [];
    if (existing && existing.hash === hash) return [{ parsed, hash, existing, rendered: undefined }];
    const rendering = renderCard(parsed.card);
    for (const problem of rendering.problems) {
      problems.push(formatBankError({ file: parsed.file, line: parsed.line, ...problem }));
    }
    return [{ parsed, hash, existing, rendered: rendering.rendered }];
  });
  if (problems.length > 0) throw new BankSyncError(problems);
  const inFiles = new Set(parsedCards.map((parsed) => parsed.card.id));
  const toRetire = [...known.values()].filter((row) => row.retiredAt === null && !inFiles.has(row.id));

  db.transaction((tx) => {
    for (const { parsed, hash, existing, rendered } of writes) {
      const { card } = parsed;
      const tags = {
        area: card.area,
        subtopic: card.subtopic,
        level: card.level,
        format: card.format,
        newPosition: newCardPosition(card.id, card.level),
      };
      if (!existing) {
        tx.insert(cards).values({ id: card.id, ...tags, createdAt: now, updatedAt: now }).run();
        report.added += 1;
      } else {
        tx.update(cards).set({ ...tags, retiredAt: null, updatedAt: now }).where(eq(cards.id, card.id)).run();
        if (existing.retiredAt !== null) report.restored += 1;
        else report.updated += 1;
      }
      if (rendered) {
        const content = {
          contentHash: hash,
          source: card,
          rendered,
          sourceFile: parsed.file,
          sourceLine: parsed.line,
        };
        tx.insert(cardContents)
          .values({ cardId: card.id, ...content })
          .onConflictDoUpdate({ target: cardContents.cardId, set: content })
          .run();
      }
    }
    const retireIds = toRetire.map((row) => row.id);
    for (let start = 0; start < retireIds.length; start += 500) {
      const batch = retireIds.slice(start, start + 500);
      tx.update(cards)
        .set({ retiredAt: now, updatedAt: now })
        .where(and(inArray(cards.id, batch), isNull(cards.retiredAt)))
        .run();
    }
    report.retired = retireIds.length;
  }, { behavior: 'immediate' });

  report.unchanged = parsedCards.length - writes.length;
  return report;
}
