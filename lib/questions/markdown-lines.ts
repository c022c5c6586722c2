/**
 * Line-level helpers for the bank parser. The parser only needs to know which lines sit inside fenced code
 * (so `## comment` in a code block is never a heading), how to read one fenced block, and how to read a
 * flat Markdown list with indented children; everything else stays Markdown for the renderer.
 */

export interface Line {
  text: string;
  inFence: boolean;
}

interface Located {
  text: string;
  line: number;
}

type Report = (line: number, field: string, message: string) => void;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Splits text into lines, marking the ones inside (or delimiting) a fenced code block. */
export function splitFencedLines(text: string): Line[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | undefined;
  return lines.map((lineText) => {
    const match = FENCE.exec(lineText);
    if (fence === undefined) {
      if (match) {
        fence = match[1]!;
        return { text: lineText, inFence: true };
      }
      return { text: lineText, inFence: false };
    }
    if (match && match[1]!.startsWith(fence) && match[1]![0] === fence[0] && match[2]!.trim() === '') {
      fence = undefined;
    }
    return { text: lineText, inFence: true };
  });
}

/** Reads a section that must hold exactly one fenced block; returns its info string and its body verbatim. */
export function readFencedBlock(
  lines: Located[],
  headingLine: number,
  report: Report,
  field: string,
): { info: string; body: string } | undefined {
  const content = trimBlankEdges(lines);
  const first = content[0];
  const opening = first ? FENCE.exec(first.text) : null;
  if (!first || !opening) {
    report(first?.line ?? headingLine, field, 'must hold one fenced code block (```language ... ```)');
    return undefined;
  }
  const fence = opening[1]!;
  const last = content[content.length - 1]!;
  const closing = FENCE.exec(last.text);
  if (content.length < 2 || !closing || !closing[1]!.startsWith(fence) || closing[2]!.trim() !== '') {
    report(first.line, field, 'the code block is not closed');
    return undefined;
  }
  return {
    info: opening[2]!.trim().split(/\s+/)[0] ?? '',
    body: content
      .slice(1, -1)
      .map((line) => line.text)
      .join('\n'),
  };
}

/**
 * Reads a flat list: each "- " or "* " line at column 0 starts an item; an indented "- " line becomes a child
 * of the item above (options use it for "why wrong"); other indented lines continue the item or its last child.
 */
export function parseListItems(
  lines: Located[],
  report: Report,
  field: string,
): { text: string; line: number; children: Located[] }[] {
  const items: { text: string; line: number; children: Located[] }[] = [];
  for (const { text, line } of lines) {
    if (text.trim() === '') continue;
    const item = /^[-*] (.*)$/.exec(text);
    if (item) {
      items.push({ text: item[1]!, line, children: [] });
      continue;
    }
    const current = items[items.length - 1];
    if (!current || !/^\s+/.test(text)) {
      report(line, field, 'expected a list item starting with "- "');
      continue;
    }
    const child = /^\s+[-*] (.*)$/.exec(text);
    if (child) {
      current.children.push({ text: child[1]!, line });
      continue;
    }
    const lastChild = current.children[current.children.length - 1];
    if (lastChild) lastChild.text += `\n${text.trim()}`;
    else current.text += `\n${text.trim()}`;
  }
  return items;
}

function trimBlankEdges(lines: Located[]): Located[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text.trim() === '') start += 1;
  while (end > start && lines[end - 1]!.text.trim() === '') end -= 1;
  return lines.slice(start, end);
}
