import { type Card, type CardLevel, personalCardSchema } from '@/lib/questions/card-schema';
import { personalCardId } from '@/lib/questions/personal-card-id';
import { renderMarkdown } from '@/lib/questions/render-markdown';
import { getArea } from '@/lib/questions/taxonomy';
import { type ImportRow, type SkippedRow, excerpt } from './import-row';

/** What the person chose on the import form. */
export interface ImportChoices {
  area: string;
  subtopic: string;
  level: CardLevel;
  /** A note tagged with a subtopic of the area (`eigen`, `Linear_Algebra::eigen`) goes to that subtopic. */
  subtopicFromTags: boolean;
}

/** A row that makes a valid card, with what the preview shows beside it. */
export interface ImportCandidate {
  line: number;
  card: Card;
  tags: string[];
  notes: string[];
}

/**
 * The subtopic of `area` a note's tags name, if any: the last part of a hierarchical tag (`ml::eigen`), any case,
 * with "_" or spaces for "-". The first tag that names one wins.
 */
export function subtopicFromTags(tags: readonly string[], area: string): string | undefined {
  const subtopics = new Set(getArea(area)?.subtopics.map((subtopic) => subtopic.id) ?? []);
  for (const tag of tags) {
    const name = (tag.split('::').pop() ?? '').toLowerCase().replace(/[_\s]+/g, '-');
    if (subtopics.has(name)) return name;
  }
  return undefined;
}

/**
 * Makes a free-recall card of each row in the chosen area, subtopic and level: prompt = front, answer = back, and
 * the back as the one key point (a cloze note's deletions instead). Its id comes from the area and prompt, so the
 * same note imported again has the same id. Skips, with their reasons, rows the card schema refuses (zod's message)
 * and rows whose front repeats an earlier row's (case and spacing aside, as ids are drawn).
 */
export function buildImportCards(rows: readonly ImportRow[], choices: ImportChoices): { candidates: ImportCandidate[]; skipped: SkippedRow[] } {
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const subtopic = (choices.subtopicFromTags ? subtopicFromTags(row.tags, choices.area) : undefined) ?? choices.subtopic;
    const parsed = personalCardSchema.safeParse({
      id: personalCardId(choices.area, row.front),
      area: choices.area,
      subtopic,
      level: choices.level,
      format: 'free-recall',
      prompt: row.front,
      answer: row.back,
      keyPoints: row.keyPoints ?? [row.back],
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      skipped.push({ line: row.line, front: excerpt(row.front), reason: `not a valid card: ${field ? `${field} ` : ''}${issue?.message ?? 'is invalid'}` });
      continue;
    }
    const card = parsed.data;
    const earlier = firstLineOf.get(card.id);
    if (earlier !== undefined) {
      skipped.push({ line: row.line, front: excerpt(row.front), reason: `the same front as line ${earlier}` });
      continue;
    }
    firstLineOf.set(card.id, row.line);
    candidates.push({ line: row.line, card, tags: row.tags, notes: row.notes });
  }
  return { candidates, skipped };
}

/**
 * Why a card cannot be shown (math or code that does not render), or undefined when it renders: the same check
 * addPersonalCards makes, so the rows that fail it can be skipped and the rest imported. A key point that repeats
 * the answer (every imported card's, but a cloze's) is not rendered twice: rendering is most of an import's time.
 */
export function renderProblem(card: Card): string | undefined {
  const fields: [string, string][] = [
    ['front', card.prompt],
    ['back', card.answer],
  ];
  if (card.format === 'free-recall') {
    for (const point of card.keyPoints) if (point !== card.answer) fields.push(['key point', point]);
  }
  for (const [field, markdown] of fields) {
    const problem = renderMarkdown(markdown).problems[0];
    if (problem) return `does not render: ${field}: ${problem}`;
  }
  return undefined;
}
