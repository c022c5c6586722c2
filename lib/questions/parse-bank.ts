import { cardSchema, type Card, type personalCardSchema } from './card-schema';
import { splitFencedLines, readFencedBlock, parseListItems } from './markdown-lines';

/** A problem in a bank file, pointing at the line a person has to fix. */
export interface BankError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface ParsedCard {
  card: Card;
  file: string;
  /** Line of the card's `## id` heading. */
  line: number;
}

export interface ParseResult {
  cards: ParsedCard[];
  errors: BankError[];
}

export function formatBankError(error: BankError): string {
  return `${error.file}:${error.line}: ${error.field}: ${error.message}`;
}

const CARD_KEYS = ['subtopic', 'level', 'format', 'value', 'tolerance', 'unit'] as const;
const SECTIONS = ['prompt', 'answer', 'key points', 'options', 'code', 'output', 'check'] as const;
type CardKey = (typeof CARD_KEYS)[number];
type SectionName = (typeof SECTIONS)[number];

interface Located {
  text: string;
  line: number;
}

interface RawCard {
  id: string;
  line: number;
  /** Errors found while reading its lines; such a card is reported but never returned. */
  lineErrors: number;
  meta: Partial<Record<CardKey, Located>>;
  sections: Partial<Record<SectionName, { line: number; lines: Located[] }>>;
}

const KEY_VALUE = /^([a-z][a-z ]*):\s*(.*)$/;

/**
 * Parses one bank file (see questions/FORMAT.md) and validates every card against `schema` (the banks' own, or the
 * looser one for a person's own cards).
 * Never throws on bad content: each problem becomes a `BankError` with the file, line and field to fix,
 * and a card with any error is left out of `cards`.
 */
export function parseBankFile(
  text: string,
  file: string,
  schema: typeof cardSchema | typeof personalCardSchema = cardSchema,
): ParseResult {
  const errors: BankError[] = [];
  let current: RawCard | undefined;
  const report = (line: number, field: string, message: string) => {
    errors.push({ file, line, field, message });
    if (current) current.lineErrors += 1;
  };
  const lines = splitFencedLines(text);

  const frontMatter = readFrontMatter(lines, report);
  if (!frontMatter) return { cards: [], errors };

  const rawCards: RawCard[] = [];
  // 'skipped' swallows the lines of an unknown or repeated section, already reported once.
  let section: SectionName | 'skipped' | undefined;

  for (let index = frontMatter.endIndex; index < lines.length; index += 1) {
    const { text: lineText, inFence } = lines[index]!;
    const lineNumber = index + 1;
    if (!inFence && lineText.startsWith('## ')) {
      current = { id: lineText.slice(3).trim(), line: lineNumber, lineErrors: 0, meta: {}, sections: {} };
      rawCards.push(current);
      section = undefined;
      continue;
    }
    if (!current) {
      if (lineText.trim() !== '' && !lineText.startsWith('# ')) {
        report(lineNumber, 'file', 'only a "# title" may come before the first "## card-id" heading');
      }
      continue;
    }
    if (!inFence && lineText.startsWith('### ')) {
      const name = lineText.slice(4).trim().toLowerCase();
      if (!isSectionName(name)) {
        report(lineNumber, 'section', `unknown section "${lineText.slice(4).trim()}" (expected one of: ${SECTIONS.join(', ')})`);
        section = 'skipped';
      } else if (current.sections[name]) {
        report(lineNumber, name, `duplicate "### ${name}" section`);
        section = 'skipped';
      } else {
        section = name;
        current.sections[name] = { line: lineNumber, lines: [] };
      }
      continue;
    }
    if (section) {
      if (section !== 'skipped') current.sections[section]?.lines.push({ text: lineText, line: lineNumber });
      continue;
    }
    if (lineText.trim() === '') continue;
    const match = KEY_VALUE.exec(lineText);
    if (!match) {
      report(lineNumber, 'metadata', 'expected a "key: value" line or a "### Section" heading');
      continue;
    }
    const key = match[1]!;
    if (!isCardKey(key)) {
      report(lineNumber, key, `unknown key (expected one of: ${CARD_KEYS.join(', ')})`);
    } else if (current.meta[key]) {
      report(lineNumber, key, 'is given twice');
    } else {
      current.meta[key] = { text: match[2]!.trim(), line: lineNumber };
    }
  }

  current = undefined;
  const cards: ParsedCard[] = [];
  for (const raw of rawCards) {
    const before = errors.length;
    const candidate = buildCandidate(raw, frontMatter.area, report);
    if (errors.length > before) continue;
    const result = schema.safeParse(candidate);
    if (result.success && raw.lineErrors === 0) {
      cards.push({ card: result.data, file, line: raw.line });
      continue;
    }
    for (const issue of result.error?.issues ?? []) {
      if (issue.code === 'unrecognized_keys') {
        // A section or key that belongs to another format, e.g. "### Options" on a free-recall card.
        for (const key of issue.keys) {
          report(lineOfField(raw, [key]), key, `a ${raw.meta.format?.text} card does not take this`);
        }
        continue;
      }
      const field = issue.path.map(String).join('.') || 'card';
      report(lineOfField(raw, issue.path), field, issue.message);
    }
  }
  if (rawCards.length === 0 && errors.length === 0) {
    report(frontMatter.endIndex, 'file', 'holds no cards (each card starts with "## card-id")');
  }
  return { cards, errors };
}

function readFrontMatter(
  lines: { text: string }[],
  report: (line: number, field: string, message: string) => void,
): { area: Located; endIndex: number } | undefined {
  if (lines[0]?.text.trim() !== '---') {
    report(1, 'area', 'the file must start with a front-matter block: "---", "area: <area-id>", "---"');
    return undefined;
  }
  let area: Located | undefined;
  for (let index = 1; index < lines.length; index += 1) {
    const lineText = lines[index]!.text;
    if (lineText.trim() === '---') {
      if (!area) {
        report(1, 'area', 'the front matter must name the skill area ("area: <area-id>")');
        return undefined;
      }
      return { area, endIndex: index + 1 };
    }
    const match = KEY_VALUE.exec(lineText);
    if (match?.[1] === 'area') area = { text: match[2]!.trim(), line: index + 1 };
    else if (lineText.trim() !== '') report(index + 1, 'front matter', 'only "area: <area-id>" is allowed here');
  }
  report(1, 'area', 'the front matter is not closed with "---"');
  return undefined;
}

function buildCandidate(
  raw: RawCard,
  area: Located,
  report: (line: number, field: string, message: string) => void,
): Record<string, unknown> {
  const sectionText = (name: SectionName) => {
    const lines = raw.sections[name]?.lines.map((line) => line.text);
    return lines?.join('\n').trim();
  };
  const candidate: Record<string, unknown> = {
    id: raw.id,
    area: area.text,
    subtopic: raw.meta.subtopic?.text,
    level: raw.meta.level?.text,
    format: raw.meta.format?.text,
    prompt: sectionText('prompt'),
    answer: sectionText('answer'),
  };
  const keyPoints = raw.sections['key points'];
  if (keyPoints) {
    candidate.keyPoints = parseListItems(keyPoints.lines, report, 'key points').map((item) => item.text);
  }
  const options = raw.sections.options;
  if (options) {
    candidate.options = parseListItems(options.lines, report, 'options').map((item) => readOption(item, report));
  }
  const code = raw.sections.code;
  if (code) {
    const block = readFencedBlock(code.lines, code.line, report, 'code');
    if (block) candidate.code = { language: block.info, source: block.body };
  }
  const check = raw.sections.check;
  if (check) {
    const block = readFencedBlock(check.lines, check.line, report, 'check');
    if (block) candidate.check = { language: block.info, source: block.body };
  }
  const output = raw.sections.output;
  if (output) {
    const block = readFencedBlock(output.lines, output.line, report, 'output');
    if (block) candidate.output = block.body;
  }
  if (raw.meta.value) candidate.value = parseNumber(raw.meta.value.text);
  if (raw.meta.tolerance) candidate.tolerance = parseTolerance(raw.meta.tolerance, report);
  if (raw.meta.unit && raw.meta.unit.text !== '') candidate.unit = raw.meta.unit.text;
  return candidate;
}

function readOption(
  item: { text: string; line: number; children: Located[] },
  report: (line: number, field: string, message: string) => void,
): Record<string, unknown> {
  const match = /^\[( |x|X)\]\s+([\s\S]*)$/.exec(item.text);
  if (!match) {
    report(item.line, 'options', 'each option starts with "- [x] " (correct) or "- [ ] " (wrong)');
    return { text: item.text, correct: false };
  }
  const why = item.children.map((child) => child.text).join('\n').trim();
  return { text: match[2], correct: match[1] !== ' ', ...(why ? { whyWrong: why } : {}) };
}

function parseNumber(text: string): number | string {
  // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation.
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : text;
}

function parseTolerance(
  located: Located,
  report: (line: number, field: string, message: string) => void,
): unknown {
  const relative = /^(.+)%$/.exec(located.text);
  const amount = parseNumber(relative ? relative[1]!.trim() : located.text);
  if (typeof amount !== 'number') {
    report(located.line, 'tolerance', 'must be a number (absolute, e.g. 0.005) or a percentage (relative, e.g. 1%)');
    return undefined;
  }
  return relative ? { kind: 'relative', amount: amount / 100 } : { kind: 'absolute', amount };
}

/** Maps a schema issue's path back to the line that holds the field, falling back to the card heading. */
function lineOfField(raw: RawCard, path: readonly PropertyKey[]): number {
  const [head, index] = path;
  if (head === 'keyPoints') return raw.sections['key points']?.line ?? raw.line;
  if (head === 'options') {
    const options = raw.sections.options;
    if (typeof index === 'number' && options) {
      const items = options.lines.filter((line) => /^[-*] /.test(line.text));
      return items[index]?.line ?? options.line;
    }
    return options?.line ?? raw.line;
  }
  if (typeof head === 'string') {
    if (isCardKey(head)) return raw.meta[head]?.line ?? raw.line;
    if (head === 'prompt' || head === 'answer' || head === 'code' || head === 'output' || head === 'check') {
      return raw.sections[head]?.line ?? raw.line;
    }
  }
  return raw.line;
}

function isCardKey(key: string): key is CardKey {
  return (CARD_KEYS as readonly string[]).includes(key);
}

function isSectionName(name: string): name is SectionName {
  return (SECTIONS as readonly string[]).includes(name);
}
