/**
 * Anki's cloze deletions, `{{c1::text}}` or `{{c1::text::hint}}`. Keeping only the text would put the answer in
 * the prompt, and skipping would lose a common kind of note, so a cloze note becomes a free-recall card the way
 * Anki shows it: the prompt has every deletion blanked ("[…]", or "[hint]"), the answer has them filled in bold
 * (followed by the note's back, Anki's "Back Extra", when it has one), and the deletions are the key points a mock
 * interview scores. Anki makes one card per cloze number; Recall asks for all of them at once.
 */

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::((?:(?!\}\})[^:])*?))?\}\}/g;
const MAX_KEY_POINTS = 5;

export function hasCloze(markdown: string): boolean {
  return /\{\{c\d+::/.test(markdown);
}

/** Removes the cloze markers and keeps their text: for a back that holds some by accident. */
export function unwrapCloze(markdown: string): string {
  return markdown.replace(CLOZE, (_match, _number: string, text: string) => text);
}

export interface ClozeCard {
  prompt: string;
  answer: string;
  keyPoints: string[];
}

/** The card a cloze note makes (see the module comment). `front` and `back` are Markdown already. */
export function clozeToCard(front: string, back: string): ClozeCard {
  const deletions: string[] = [];
  const prompt = front.replace(CLOZE, (_match, _number: string, _text: string, hint?: string) =>
    hint?.trim() ? `\\[${hint.trim()}\\]` : '\\[…\\]',
  );
  const filled = front.replace(CLOZE, (_match, _number: string, text: string) => {
    const trimmed = text.trim();
    if (trimmed && !deletions.includes(trimmed)) deletions.push(trimmed);
    return trimmed ? `**${trimmed}**` : '';
  });
  const answer = back.trim() ? `${filled}\n\n${back.trim()}` : filled;
  // More deletions than a card has key points: the whole answer is the one point instead.
  const keyPoints = deletions.length > 0 && deletions.length <= MAX_KEY_POINTS ? deletions : [answer];
  return { prompt, answer, keyPoints };
}
