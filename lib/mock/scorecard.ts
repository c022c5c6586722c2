import type { Card } from '@/lib/questions/card-schema';

export interface ScoredAnswer {
  position: number;
  cardId: string;
  score: number;
  skipped: boolean;
  flagged: boolean;
  durationMs: number;
  coveredKeyPoints?: number[];
}

export interface ScorecardCard {
  id: string;
  area: string;
  subtopic: string;
  source: Card;
}

interface Tally {
  score: number;
  answered: number;
  skipped: number;
  durationMs: number;
}

export interface Scorecard {
  overall: Tally & { notReached: number };
  areas: (Tally & { area: string; subtopics: (Tally & { subtopic: string })[] })[];
  /** Questions not fully right, with the key points missed on free-recall cards. */
  missed: { position: number; cardId: string; area: string; subtopic: string; skipped: boolean; missedKeyPoints: string[] }[];
  flagged: string[];
}

/**
 * Scores a mock per skill area and subtopic: the mean score of the questions reached (a skip counts 0; questions
 * the time ran out on are counted apart, not as failures), the time spent, and what was missed.
 */
export function buildScorecard(cards: readonly ScorecardCard[], answers: readonly ScoredAnswer[]): Scorecard {
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  const areaTallies = new Map<string, Tally & { subtopics: Map<string, Tally> }>();
  const overall: Tally = emptyTally();
  const missed: Scorecard['missed'] = [];
  for (const answer of answers) {
    const card = cardsById.get(answer.cardId);
    if (!card) continue;
    const area = areaTallies.get(card.area) ?? { ...emptyTally(), subtopics: new Map<string, Tally>() };
    areaTallies.set(card.area, area);
    const subtopic = area.subtopics.get(card.subtopic) ?? emptyTally();
    area.subtopics.set(card.subtopic, subtopic);
    for (const tally of [overall, area, subtopic]) add(tally, answer);
    if (answer.score < 1) {
      const source = card.source;
      const missedKeyPoints =
        source.format === 'free-recall'
          ? source.keyPoints.filter((_, index) => answer.skipped || !answer.coveredKeyPoints?.includes(index))
          : [];
      missed.push({ position: answer.position, cardId: card.id, area: card.area, subtopic: card.subtopic, skipped: answer.skipped, missedKeyPoints });
    }
  }
  return {
    overall: { ...mean(overall), notReached: Math.max(0, cards.length - answers.length) },
    areas: [...areaTallies.entries()].map(([area, tally]) => ({
      area,
      ...mean(tally),
      subtopics: [...tally.subtopics.entries()].map(([subtopic, sub]) => ({ subtopic, ...mean(sub) })),
    })),
    missed,
    flagged: answers.filter((answer) => answer.flagged).map((answer) => answer.cardId),
  };
}

function emptyTally(): Tally {
  return { score: 0, answered: 0, skipped: 0, durationMs: 0 };
}

function add(tally: Tally, answer: ScoredAnswer): void {
  tally.score += answer.score;
  tally.durationMs += answer.durationMs;
  if (answer.skipped) tally.skipped += 1;
  else tally.answered += 1;
}

/** Turns the summed score into the mean over the questions reached. */
function mean(tally: Tally): Tally {
  const reached = tally.answered + tally.skipped;
  return { score: reached ? tally.score / reached : 0, answered: tally.answered, skipped: tally.skipped, durationMs: tally.durationMs };
}
