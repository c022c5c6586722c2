import { inArray } from 'drizzle-orm';
import type { ImportPlan } from '@/lib/import/import-report';
import type { ImportRow, SkippedRow } from '@/lib/import/import-row';
import { type ImportCandidate, type ImportChoices, buildImportCards, renderProblem } from '@/lib/import/plan-import';
import type { Db } from '../connection';
import { cards } from '../schema';
import { addPersonalCards } from './personal-cards';

const BATCH = 500;

/** Which of `ids` name a card already in the collection. */
function existingIds(db: Db, ids: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    for (const row of db.select({ id: cards.id }).from(cards).where(inArray(cards.id, batch)).all()) found.add(row.id);
  }
  return found;
}

/**
 * What importing `rows` with `choices` would do, writing nothing: the cards it would add, the ones already in the
 * collection (same area and prompt, so the same id: a file imported twice), and every row it would skip with its
 * reason, including cards whose math or code does not render (checked here so the others can still be imported).
 */
export function planCardImport(db: Db, rows: readonly ImportRow[], parseSkips: readonly SkippedRow[], choices: ImportChoices): ImportPlan {
  const { candidates, skipped } = buildImportCards(rows, choices);
  const taken = existingIds(
    db,
    candidates.map((candidate) => candidate.card.id),
  );
  const toAdd: ImportCandidate[] = [];
  const alreadyThere: ImportCandidate[] = [];
  const unrenderable: SkippedRow[] = [];
  for (const candidate of candidates) {
    if (taken.has(candidate.card.id)) {
      alreadyThere.push(candidate);
      continue;
    }
    const problem = renderProblem(candidate.card);
    if (problem) unrenderable.push({ line: candidate.line, front: candidate.card.prompt, reason: problem });
    else toAdd.push(candidate);
  }
  return { toAdd, alreadyThere, skipped: [...parseSkips, ...skipped, ...unrenderable] };
}

/**
 * Imports what `planCardImport` finds to add, in one transaction (addPersonalCards), and returns the plan as it
 * turned out: a card added meanwhile by someone else counts as already there.
 */
export function commitCardImport(
  db: Db,
  rows: readonly ImportRow[],
  parseSkips: readonly SkippedRow[],
  choices: ImportChoices,
  now: Date,
): ImportPlan {
  const plan = planCardImport(db, rows, parseSkips, choices);
  const { existing } = addPersonalCards(
    db,
    plan.toAdd.map((candidate) => candidate.card),
    now,
  );
  if (existing.length === 0) return plan;
  const raced = new Set(existing);
  return {
    ...plan,
    toAdd: plan.toAdd.filter((candidate) => !raced.has(candidate.card.id)),
    alreadyThere: [...plan.alreadyThere, ...plan.toAdd.filter((candidate) => raced.has(candidate.card.id))].sort((a, b) => a.line - b.line),
  };
}
