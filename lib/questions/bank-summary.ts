import type { Card, CardFormat, CardLevel } from './card-schema';

export interface AreaSummary {
  cards: number;
  subtopics: Record<string, number>;
  formats: Partial<Record<CardFormat, number>>;
  levels: Record<CardLevel, number>;
}

export interface BankSummary {
  total: number;
  areas: Record<string, AreaSummary>;
}

/** Card counts per area, subtopic, format and level: the shape `questions:check --json` prints. */
export function summarizeBanks(cards: readonly Card[]): BankSummary {
  const areas: Record<string, AreaSummary> = {};
  for (const card of cards) {
    const area = (areas[card.area] ??= { cards: 0, subtopics: {}, formats: {}, levels: { E: 0, M: 0, H: 0 } });
    area.cards += 1;
    area.subtopics[card.subtopic] = (area.subtopics[card.subtopic] ?? 0) + 1;
    area.formats[card.format] = (area.formats[card.format] ?? 0) + 1;
    area.levels[card.level] += 1;
  }
  const sorted = Object.fromEntries(Object.entries(areas).sort(([a], [b]) => a.localeCompare(b)));
  return { total: cards.length, areas: sorted };
}
