import type { Card, Tolerance } from './card-schema';

/**
 * Writes cards back in the bank file format (questions/FORMAT.md), so a person's own cards can be taken out and
 * dropped into questions/ or shared. `parseBankFile(formatBankFile(area, cards))` gives the same cards back.
 */
export function formatBankFile(area: string, cards: readonly Card[]): string {
  return `---\narea: ${area}\n---\n\n${cards.map(formatCard).join('\n')}`;
}

/** One card, from its `## id` heading to its last section. */
export function formatCard(card: Card): string {
  return `## ${card.id}\n${formatCardBody(card)}`;
}

/** A card without its heading: its `key: value` lines and sections. */
export function formatCardBody(card: Card): string {
  return `subtopic: ${card.subtopic}\nlevel: ${card.level}\n${formatCardContent(card)}`;
}

/** A card without its heading, subtopic and level (which the card editor asks for apart): format and sections. */
export function formatCardContent(card: Card): string {
  const meta = [`format: ${card.format}`];
  const sections = [section('Prompt', card.prompt), section('Answer', card.answer)];
  switch (card.format) {
    case 'free-recall':
      sections.push(section('Key points', card.keyPoints.map((point) => listItem(point)).join('\n')));
      break;
    case 'multiple-choice':
      sections.push(
        section(
          'Options',
          card.options
            .map((option) => {
              const item = listItem(`[${option.correct ? 'x' : ' '}] ${option.text}`);
              return option.whyWrong === undefined ? item : `${item}\n${listItem(option.whyWrong, '  ')}`;
            })
            .join('\n'),
        ),
      );
      break;
    case 'numeric':
      meta.push(`value: ${card.value}`, `tolerance: ${formatTolerance(card.tolerance)}`);
      if (card.unit !== undefined) meta.push(`unit: ${card.unit}`);
      if (card.check) sections.push(section('Check', fenced(card.check.source, card.check.language)));
      break;
    case 'code-output':
      sections.push(section('Code', fenced(card.code.source, card.code.language)), section('Output', fenced(card.output, '')));
      break;
  }
  return `${meta.join('\n')}\n\n${sections.join('\n')}`;
}

function section(name: string, body: string): string {
  return `### ${name}\n${body}\n`;
}

/** A list item; its further lines are indented so the parser reads them as the same item. */
function listItem(text: string, indent = ''): string {
  const [first, ...rest] = text.split('\n');
  return [`${indent}- ${first}`, ...rest.map((line) => `${indent}  ${line}`)].join('\n');
}

/** A fenced block, its fence longer than any run of backticks inside it. */
function fenced(body: string, language: string): string {
  const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return body === '' ? `${fence}${language}\n${fence}` : `${fence}${language}\n${body}\n${fence}`;
}

function formatTolerance(tolerance: Tolerance): string {
  // 0.07 * 100 is 7.000000000000001: twelve significant digits drop the float noise the parser would keep.
  return tolerance.kind === 'relative' ? `${Number((tolerance.amount * 100).toPrecision(12))}%` : String(tolerance.amount);
}
