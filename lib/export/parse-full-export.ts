import type { z } from 'zod';
import {
  FULL_EXPORT_COLLECTIONS,
  type FullExportCollection,
  type FullExportRecord,
  type FullExportSource,
  exportedSettingsSchema,
  fullExportEnvelopeSchema,
} from './full-export-schema';
import { type ByteRange, JsonScanError, parseRange, scanTopLevel } from './json-scan';

export type FullExportRead = { ok: true; source: FullExportSource } | { ok: false; message: string; problems: string[] };

/** Enough to fix a hand-edited file; a file wrong everywhere would otherwise produce a million lines. */
const MAX_PROBLEMS = 10;

/** The order records are checked in: a record's references point to collections checked before it. */
const CHECK_ORDER: FullExportCollection[] = ['cards', 'reviewLogs', 'mockSessions', 'mockAnswers'];

/**
 * Reads a full export from the bytes of the file and checks all of it: the envelope (format, version), every record
 * of every collection on its own, so a problem is named by its record (`cards[12].state: ...`), and the references
 * between records (each review's card, each mock answer's session, question and review), which the database would
 * otherwise refuse as a bare constraint error. The records are parsed one at a time, here and again each time the
 * returned source is iterated, so a file of a million reviews never becomes one tree in memory.
 */
export function readFullExport(bytes: Uint8Array): FullExportRead {
  const problems: string[] = [];
  let members: ReturnType<typeof scanTopLevel>;
  try {
    members = scanTopLevel(bytes);
  } catch (error) {
    if (error instanceof JsonScanError || error instanceof SyntaxError || error instanceof TypeError) {
      return refuse([`the file is not valid JSON: ${error.message}`]);
    }
    throw error;
  }
  const ranges = new Map<string, ByteRange[]>();
  // No prototype: a member named "__proto__" is then just a member (refused by the schema), not a prototype.
  const envelope = Object.create(null) as Record<string, unknown>;
  for (const member of members) {
    if (Object.hasOwn(envelope, member.key)) return refuse([`${member.key}: appears more than once`]);
    if (Object.hasOwn(FULL_EXPORT_COLLECTIONS, member.key) && member.elements) {
      ranges.set(member.key, member.elements);
      envelope[member.key] = [];
    } else {
      const value = parseValue(bytes, member.value, member.key, problems);
      if (problems.length > 0) return refuse(problems);
      envelope[member.key] = value;
    }
  }
  const head = fullExportEnvelopeSchema.safeParse(envelope);
  if (!head.success) {
    addIssues(problems, head.error, '');
    return refuse(problems);
  }
  const settings = head.data.settings === null ? null : parseRecord(exportedSettingsSchema, head.data.settings, 'settings', problems);

  const references = new ReferenceCheck(problems);
  for (const name of CHECK_ORDER) {
    const elements = ranges.get(name) ?? [];
    for (let index = 0; index < elements.length && problems.length < MAX_PROBLEMS; index++) {
      const where = `${name}[${index}]`;
      const value = parseValue(bytes, elements[index]!, where, problems);
      if (value === undefined) continue;
      const record = parseRecord(FULL_EXPORT_COLLECTIONS[name], value, where, problems);
      if (record) references.check(name, record as FullExportRecord<typeof name>, where);
    }
  }
  if (problems.length > 0) return refuse(problems);

  const source: FullExportSource = {
    exportedAt: head.data.exportedAt,
    settings: settings ?? null,
    counts: { cards: 0, reviewLogs: 0, mockSessions: 0, mockAnswers: 0, ...Object.fromEntries([...ranges].map(([name, list]) => [name, list.length])) },
    records: function* <K extends FullExportCollection>(name: K) {
      for (const range of ranges.get(name) ?? []) {
        yield FULL_EXPORT_COLLECTIONS[name].parse(parseRange(bytes, range)) as FullExportRecord<K>;
      }
    },
  };
  return { ok: true, source };
}

function refuse(problems: string[]): FullExportRead {
  const more = problems.length >= MAX_PROBLEMS ? ' (and possibly more problems)' : '';
  return { ok: false, message: `The file was not imported, nothing was changed: ${problems[0]}${more}`, problems };
}

function parseValue(bytes: Uint8Array, range: ByteRange, where: string, problems: string[]): unknown {
  try {
    return parseRange(bytes, range);
  } catch (error) {
    problems.push(`${where}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

function parseRecord<S extends z.ZodType>(schema: S, value: unknown, name: string, problems: string[]): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  addIssues(problems, result.error, name);
  return undefined;
}

function addIssues(problems: string[], error: z.ZodError, name: string) {
  for (const issue of error.issues) {
    if (problems.length >= MAX_PROBLEMS) return;
    const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    const where = `${name}${path}`.replace(/^\./, '') || 'the file';
    problems.push(`${where}: ${issue.message}`);
  }
}

/**
 * What the database's keys and foreign keys would refuse, named by record. Keeps only keys (ids), never records.
 * Relies on CHECK_ORDER: the cards are all seen before the first review, and so on.
 */
class ReferenceCheck {
  private readonly cards = new Set<string>();
  private readonly reviews = new Set<string>();
  private readonly sessions = new Map<string, string[]>();
  private readonly answers = new Set<string>();

  constructor(private readonly problems: string[]) {}

  check<K extends FullExportCollection>(name: K, record: FullExportRecord<K>, where: string) {
    const report = (message: string) => {
      if (this.problems.length < MAX_PROBLEMS) this.problems.push(`${where}${message}`);
    };
    const unique = (set: Set<string>, key: string) => {
      if (set.has(key)) report(`: "${key}" appears more than once`);
      set.add(key);
    };
    if (name === 'cards') {
      unique(this.cards, (record as FullExportRecord<'cards'>).id);
    } else if (name === 'reviewLogs') {
      const log = record as FullExportRecord<'reviewLogs'>;
      unique(this.reviews, log.id);
      if (!this.cards.has(log.cardId)) report(`.cardId: there is no card "${log.cardId}" in the file`);
    } else if (name === 'mockSessions') {
      const session = record as FullExportRecord<'mockSessions'>;
      if (this.sessions.has(session.id)) report(`: "${session.id}" appears more than once`);
      this.sessions.set(session.id, session.cardIds);
      session.cardIds.forEach((cardId, position) => {
        if (!this.cards.has(cardId)) report(`.cardIds[${position}]: there is no card "${cardId}" in the file`);
      });
    } else {
      const answer = record as FullExportRecord<'mockAnswers'>;
      unique(this.answers, `${answer.sessionId}/${answer.position}`);
      const cardIds = this.sessions.get(answer.sessionId);
      if (!cardIds) report(`.sessionId: there is no mock session "${answer.sessionId}" in the file`);
      else if (cardIds[answer.position] !== answer.cardId) {
        report(`.cardId: question ${answer.position + 1} of its session is not "${answer.cardId}"`);
      }
      if (answer.reviewLogId !== null && !this.reviews.has(answer.reviewLogId)) {
        report(`.reviewLogId: there is no review "${answer.reviewLogId}" in the file`);
      }
    }
  }
}
