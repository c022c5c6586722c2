import type { CardLevel } from '@/lib/questions/card-schema';
import { seededRandom } from './seeded-random';

export const LEVEL_MIXES = {
  balanced: { E: 0.4, M: 0.45, H: 0.15 },
  easier: { E: 0.6, M: 0.35, H: 0.05 },
  harder: { E: 0.2, M: 0.45, H: 0.35 },
} as const satisfies Record<string, Record<CardLevel, number>>;
export type LevelMix = keyof typeof LEVEL_MIXES;

export interface DrawCandidate {
  id: string;
  area: string;
  subtopic: string;
  level: CardLevel;
  /** Predicted recall now; null for a card never studied. */
  recall: number | null;
  lapses: number;
}

/**
 * How much a card is wanted in a mock: never-studied cards and cards likely forgotten weigh 1, well-known cards
 * little, and each lapse adds weight (capped), so an interview rehearses what is weak.
 */
export function drawWeight(candidate: DrawCandidate): number {
  if (candidate.recall === null) return 1;
  return Math.min(2, Math.max(0.05, 1 - candidate.recall + 0.2 * Math.min(candidate.lapses, 5)));
}

/**
 * Draws the questions of a mock interview. Turns go round the chosen areas and, within each area, round its
 * subtopics (both in a seeded order), so every area and subtopic gets its share; each turn makes a weighted random
 * pick that favours weak and unseen cards and levels still short of the mix. No card is drawn twice, and the same
 * candidates and seed always give the same questions in the same order.
 */
export function drawMockCards(
  candidates: readonly DrawCandidate[],
  options: { count: number; levelMix: LevelMix; seed: number },
): string[] {
  const random = seededRandom(options.seed);
  const areas = groupByAreaAndSubtopic(candidates);
  shuffle(areas, random);
  for (const area of areas) shuffle(area.subtopics, random);
  const count = Math.min(options.count, candidates.length);
  const quota = levelQuota(count, LEVEL_MIXES[options.levelMix]);
  const taken: Record<CardLevel, number> = { E: 0, M: 0, H: 0 };
  const drawn: string[] = [];

  while (drawn.length < count) {
    for (const area of areas) {
      if (drawn.length >= count) break;
      // The area's next subtopic that still has cards takes this turn.
      const turns = area.subtopics.length;
      for (let tried = 0; tried < turns; tried += 1) {
        const group = area.subtopics[area.next % turns]!;
        area.next += 1;
        if (group.length === 0) continue;
        const weights = group.map((card) => drawWeight(card) * (taken[card.level] < quota[card.level] ? 1 : 0.02));
        const [card] = group.splice(pickWeighted(weights, random), 1);
        taken[card!.level] += 1;
        drawn.push(card!.id);
        break;
      }
    }
  }
  return drawn;
}

interface AreaGroup {
  subtopics: DrawCandidate[][];
  /** Round-robin position over the area's subtopics. */
  next: number;
}

function groupByAreaAndSubtopic(candidates: readonly DrawCandidate[]): AreaGroup[] {
  const areas = new Map<string, Map<string, DrawCandidate[]>>();
  // Sorted input makes the draw independent of the order the database returned rows in.
  for (const card of [...candidates].sort((a, b) => a.id.localeCompare(b.id))) {
    const subtopics = areas.get(card.area) ?? new Map<string, DrawCandidate[]>();
    areas.set(card.area, subtopics);
    const group = subtopics.get(card.subtopic);
    if (group) group.push(card);
    else subtopics.set(card.subtopic, [card]);
  }
  return [...areas.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, subtopics]) => ({
      subtopics: [...subtopics.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group),
      next: 0,
    }));
}

/** Whole numbers of questions per level, summing to `count`, by largest remainder. */
function levelQuota(count: number, mix: Record<CardLevel, number>): Record<CardLevel, number> {
  const levels: CardLevel[] = ['E', 'M', 'H'];
  const exact = levels.map((level) => count * mix[level]);
  const quota = exact.map(Math.floor);
  const order = levels.map((_, i) => i).sort((a, b) => exact[b]! - quota[b]! - (exact[a]! - quota[a]!));
  for (let k = 0; k < count - quota.reduce((sum, n) => sum + n, 0); k += 1) quota[order[k]!]! += 1;
  return { E: quota[0]!, M: quota[1]!, H: quota[2]! };
}

function pickWeighted(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (let index = 0; index < weights.length; index += 1) {
    target -= weights[index]!;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
