'use server';

import { getDb } from '@/db/client';
import { commitCardImport, planCardImport } from '@/db/queries/import-cards';
import type { ActionResult } from '@/lib/action-result';
import { type ImportReport, summarizeImport } from '@/lib/import/import-report';
import { parseImportFile } from '@/lib/import/parse-import-file';
import { type ImportRequest, readImportForm } from './read-import-form';

function parse({ input, text }: ImportRequest) {
  const parsed = parseImportFile(text, input.file.name, input.format);
  const choices = { area: input.area, subtopic: input.subtopic, level: input.level, subtopicFromTags: input.subtopicFromTags };
  const context = { fileName: input.file.name, format: parsed.format, detected: parsed.detected, area: input.area, subtopic: input.subtopic, level: input.level };
  return { parsed, choices, context };
}

/** Shows what importing the file would do (to add, already there, skipped and why). Writes nothing. */
export async function previewImport(_previous: unknown, formData: unknown): Promise<ActionResult<ImportReport>> {
  const request = await readImportForm(formData);
  if (!request.ok) return request;
  const { parsed, choices, context } = parse(request.data);
  const plan = planCardImport(getDb(), parsed.rows, parsed.skipped, choices);
  return { ok: true, data: summarizeImport(plan, { ...context, committed: false }) };
}

/**
 * Imports the file: the browser sends the same file and choices again, and the server parses and checks it all
 * afresh, so a preview is never trusted back. Cards already there are left alone, so a second import adds nothing.
 */
export async function importCards(_previous: unknown, formData: unknown): Promise<ActionResult<ImportReport>> {
  const request = await readImportForm(formData);
  if (!request.ok) return request;
  const { parsed, choices, context } = parse(request.data);
  const plan = commitCardImport(getDb(), parsed.rows, parsed.skipped, choices, new Date());
  return { ok: true, data: summarizeImport(plan, { ...context, committed: true }) };
}
