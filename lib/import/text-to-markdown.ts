import { splitFencedLines } from '@/lib/questions/markdown-lines';

/**
 * Turning imported text into card Markdown. Two cases:
 *
 * - Anki's text is literal (an Anki field is HTML, so a "*" or "$" in it is just that character): Markdown's
 *   punctuation is escaped so the card shows what Anki showed, Anki's MathJax `\(...\)`, `\[...\]` and legacy
 *   `[$]...[/$]` become `$...$` and `$$...$$`, and each line break becomes a paragraph break (a single newline in
 *   Markdown would join the lines).
 * - CSV text is Markdown already (the card language, so a hand-made file can hold math and code); only a line
 *   starting with "#" is escaped, outside code fences.
 *
 * Either way no line can start a heading: the bank format (questions/FORMAT.md, lib/questions/format-bank.ts) uses
 * `## id` and `### Section` headings, so a prompt holding one would break a personal card exported as a bank file.
 */

const MATH = /\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]|\[\$\]([\s\S]+?)\[\/\$\]|\[\$\$\]([\s\S]+?)\[\/\$\$\]/g;
/** Stands for a math span while the text around it is escaped; NUL never survives the input cleaning. */
const PLACEHOLDER = /\u0000(\d+)\u0000/g;

/** Literal text (from an Anki field) as Markdown that renders to the same text. */
export function literalTextToMarkdown(text: string): string {
  const math: string[] = [];
  const withPlaceholders = removeNul(text).replace(MATH, (_match, inline?: string, display?: string, legacyInline?: string, legacyDisplay?: string) => {
    const body = (inline ?? display ?? legacyInline ?? legacyDisplay ?? '').replace(/\s*\n\s*/g, ' ').trim();
    const isDisplay = display !== undefined || legacyDisplay !== undefined;
    math.push(isDisplay ? `$$${body}$$` : `$${body}$`);
    // A displayed formula gets lines of its own, which the renderer turns into a block.
    return isDisplay ? `\n\u0000${math.length - 1}\u0000\n` : `\u0000${math.length - 1}\u0000`;
  });
  const markdown = joinLines(withPlaceholders.split('\n').map(escapeLine));
  return markdown.replace(PLACEHOLDER, (_match, index: string) => math[Number(index)] ?? '').trim();
}

/**
 * Text taken out of HTML in a CSV field, whose text is Markdown: line breaks become paragraph breaks, and a "<"
 * that would open a tag (decoded from "&lt;") is escaped, since the renderer drops raw HTML with its text.
 */
export function htmlTextToMarkdown(text: string): string {
  return markdownWithoutHeadings(joinLines(removeNul(text).replace(/<(?=[a-zA-Z/!?])/g, '\\<').split('\n')));
}

/** Joins lines, blank ones dropped: list items and indented code stay together, any other break starts a paragraph. */
function joinLines(rawLines: string[]): string {
  // Up to three leading spaces mean nothing in Markdown (four make code, kept); trailing ones could make a break.
  const lines = rawLines.map((line) => line.replace(/\s+$/, '').replace(/^ {1,3}(?! )/, '')).filter((line) => line !== '');
  let markdown = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const together = previous !== undefined && ((isListItem(previous) && isListItem(line)) || (isIndented(previous) && isIndented(line)));
    markdown += index === 0 ? line : `${together ? '\n' : '\n\n'}${line}`;
  });
  return markdown;
}

/** Markdown text (from a CSV file) with any heading line escaped. */
export function markdownWithoutHeadings(markdown: string): string {
  return splitFencedLines(removeNul(markdown))
    .map(({ text, inFence }) => (inFence ? text : text.replace(/^( {0,3})#/, '$1\\#')))
    .join('\n')
    .trim();
}

function removeNul(text: string): string {
  return text.replace(/\u0000/g, '');
}

function isListItem(line: string): boolean {
  return /^\s{0,3}[-+] /.test(line);
}

function isIndented(line: string): boolean {
  return /^( {4}|\t)/.test(line);
}

/** Escapes one line of literal text; list markers ("- ") are kept, as Anki notes use them as lists too. */
function escapeLine(line: string): string {
  let escaped = line
    .replace(/[\\`*~$<>[\]|]/g, '\\$&')
    // "_" is emphasis only at a word's edge; snake_case stays readable.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
  // At a line's start, "#" makes a heading, "=" or "-" alone an underline (a setext heading or a rule), "1." a list.
  escaped = escaped.replace(/^(\s{0,3})(#|=+\s*$|-{2,}\s*$|\+ *$|\d+[.)](?= |$))/, (_match, indent: string, marker: string) =>
    /^\d/.test(marker) ? `${indent}${marker.replace(/([.)])$/, '\\$1')}` : `${indent}\\${marker}`,
  );
  return escaped;
}
