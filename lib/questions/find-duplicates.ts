import type { Card } from './card-schema';

export interface DuplicatePair {
  first: string;
  second: string;
  /** Jaccard similarity of the two questions' word triples, 1 for identical questions. */
  similarity: number;
}

/** Questions sharing at least this share of their word triples are the same question reworded slightly. */
export const DUPLICATE_THRESHOLD = 0.8;

/**
 * Finds cards that ask the same question: the prompt together with the code it shows, compared as sets of word
 * triples after lower-casing and dropping punctuation, so whitespace, Markdown and case changes do not hide a copy.
 */
export function findDuplicateQuestions(cards: readonly Card[], threshold = DUPLICATE_THRESHOLD): DuplicatePair[] {
  const shingles = cards.map((card) => questionShingles(card));
  const postings = new Map<string, number[]>();
  shingles.forEach((set, index) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  });

  const shared = new Map<number, number>();
  const pairs: DuplicatePair[] = [];
  shingles.forEach((set, index) => {
    shared.clear();
    for (const shingle of set) {
      for (const other of postings.get(shingle)!) {
        if (other > index) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    for (const [other, common] of shared) {
      const union = set.size + shingles[other]!.size - common;
      const similarity = union === 0 ? 1 : common / union;
      if (similarity >= threshold) {
        pairs.push({ first: cards[index]!.id, second: cards[other]!.id, similarity: Math.round(similarity * 100) / 100 });
      }
    }
  });
  return pairs;
}

function questionShingles(card: Card): Set<string> {
  const text = card.format === 'code-output' ? `${card.prompt}\n${card.code.source}` : card.prompt;
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length < 3) return new Set([words.join(' ')]);
  const set = new Set<string>();
  for (let index = 0; index + 3 <= words.length; index += 1) set.add(words.slice(index, index + 3).join(' '));
  return set;
}
