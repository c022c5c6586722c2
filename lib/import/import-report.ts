import type { ImportFormat, SkippedRow } from './import-row';
import { excerpt } from './import-row';
import type { ImportCandidate } from './plan-import';

/** What an import would do (a preview) or did: the plan, split three ways, each row with its line. */
export interface ImportPlan {
  toAdd: ImportCandidate[];
  alreadyThere: ImportCandidate[];
  skipped: SkippedRow[];
}

/** How many rows of each list a report carries: enough to check a file, small enough to send to the browser. */
export const REPORT_SAMPLE_ROWS = 20;
export const REPORT_MAX_SKIPPED = 300;
export const REPORT_MAX_ALREADY_THERE = 100;

/** The plain, serialisable summary the import page shows. Text is Markdown source cut short, shown as text. */
export interface ImportReport {
  fileName: string;
  format: ImportFormat;
  /** True when the format was detected rather than chosen. */
  detected: boolean;
  area: string;
  subtopic: string;
  level: string;
  /** Rows that would be (preview) or were (import) added. */
  added: number;
  alreadyThere: number;
  skipped: number;
  /** Rows that lost media on the way in (images, sounds). */
  withMediaLeftOut: number;
  committed: boolean;
  sample: { line: number; prompt: string; answer: string; subtopic: string; tags: string[]; notes: string[] }[];
  alreadyThereRows: { line: number; id: string; prompt: string }[];
  skippedRows: SkippedRow[];
}

export interface ReportContext {
  fileName: string;
  format: ImportFormat;
  detected: boolean;
  area: string;
  subtopic: string;
  level: string;
  committed: boolean;
}

/** Summarises a plan for the page: counts of everything, the first rows of each list. */
export function summarizeImport(plan: ImportPlan, context: ReportContext): ImportReport {
  const skipped = [...plan.skipped].sort((a, b) => a.line - b.line);
  return {
    ...context,
    fileName: excerpt(context.fileName, 120),
    added: plan.toAdd.length,
    alreadyThere: plan.alreadyThere.length,
    skipped: skipped.length,
    withMediaLeftOut: plan.toAdd.filter((candidate) => candidate.notes.some((note) => note.startsWith('left out'))).length,
    sample: plan.toAdd.slice(0, REPORT_SAMPLE_ROWS).map(({ line, card, tags, notes }) => ({
      line,
      prompt: excerpt(card.prompt, 200),
      answer: excerpt(card.answer, 200),
      subtopic: card.subtopic,
      tags: tags.slice(0, 10).map((tag) => excerpt(tag, 40)),
      notes: notes.map((note) => excerpt(note, 200)),
    })),
    alreadyThereRows: plan.alreadyThere
      .slice(0, REPORT_MAX_ALREADY_THERE)
      .map(({ line, card }) => ({ line, id: card.id, prompt: excerpt(card.prompt) })),
    skippedRows: skipped.slice(0, REPORT_MAX_SKIPPED).map((row) => ({
      line: row.line,
      reason: excerpt(row.reason, 300),
      ...(row.front ? { front: excerpt(row.front) } : {}),
    })),
  };
}
