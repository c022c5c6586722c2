import { createHash } from 'node:crypto';
import type { Card } from './card-schema';
import { RENDERER_VERSION, renderMarkdown } from './render-markdown';

/** What the review screen shows: every Markdown field of a card as sanitised HTML, answers kept apart. */
export interface RenderedCard {
  prompt: string;
  answer: string;
  keyPoints?: string[];
  options?: { html: string; correct: boolean; whyWrong?: string }[];
  /** Highlighted code of a code-output card. */
  code?: string;
  /** Expected output of a code-output card, plain text. */
  output?: string;
  numeric?: { value: number; tolerance: { kind: 'absolute' | 'relative'; amount: number }; unit?: string };
}

export interface CardRendering {
  rendered: RenderedCard;
  /** Math or code that did not render, with the field it is in. */
  problems: { field: string; message: string }[];
}

/** Renders every Markdown field of a card. */
export function renderCard(card: Card): CardRendering {
  const problems: CardRendering['problems'] = [];
  const render = (field: string, markdown: string) => {
    const result = renderMarkdown(markdown);
    for (const message of result.problems) problems.push({ field, message });
    return result.html;
  };
  const rendered: RenderedCard = { prompt: render('prompt', card.prompt), answer: render('answer', card.answer) };
  switch (card.format) {
    case 'free-recall':
      rendered.keyPoints = card.keyPoints.map((point, index) => render(`keyPoints.${index}`, point));
      break;
    case 'multiple-choice':
      rendered.options = card.options.map((option, index) => ({
        html: render(`options.${index}`, option.text),
        correct: option.correct,
        ...(option.whyWrong ? { whyWrong: render(`options.${index}.whyWrong`, option.whyWrong) } : {}),
      }));
      break;
    case 'numeric':
      rendered.numeric = { value: card.value, tolerance: card.tolerance, ...(card.unit ? { unit: card.unit } : {}) };
      break;
    case 'code-output': {
      // A fence longer than any backtick run in the source keeps the code verbatim.
      const longestRun = Math.max(2, ...Array.from(card.code.source.matchAll(/`+/g), (match) => match[0].length));
      const fence = '`'.repeat(longestRun + 1);
      rendered.code = render('code', `${fence}${card.code.language}\n${card.code.source}\n${fence}`);
      rendered.output = card.output;
      break;
    }
  }
  return { rendered, problems };
}

/**
 * A fingerprint of a card's content and of the renderer, so a sync can tell in one comparison whether a
 * card needs re-rendering and re-writing.
 */
export function hashCardContent(card: Card): string {
  return createHash('sha256')
    .update(JSON.stringify({ renderer: RENDERER_VERSION, card: sortKeys(card) }))
    .digest('hex')
    .slice(0, 32);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
