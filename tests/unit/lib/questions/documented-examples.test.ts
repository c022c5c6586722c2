import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBankError, parseBankFile } from '@/lib/questions/parse-bank';

/** The example cards in README.md and questions/FORMAT.md must stay valid: people copy them. */
function markdownBlocks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(`{3,4})markdown\n([\s\S]*?)^\1$/gm)].map((match) => match[2]!);
}

describe('documented examples', () => {
  it('README shows one valid card of each format', () => {
    const [example] = markdownBlocks('README.md');
    const result = parseBankFile(example!, 'README.md');
    expect(result.errors.map(formatBankError)).toEqual([]);
    expect(result.cards.map((parsed) => parsed.card.format)).toEqual([
      'free-recall',
      'multiple-choice',
      'numeric',
      'code-output',
    ]);
  });

  it('FORMAT.md examples parse once given a front matter of their area', () => {
    const [first, others] = markdownBlocks('questions/FORMAT.md');
    expect(parseBankFile(first!, 'FORMAT.md').errors).toEqual([]);
    const cards = others!.split(/^(?=## )/m).filter((chunk) => chunk.startsWith('## '));
    const areaOf: Record<string, string> = { algo: 'algorithms-data-structures', prob: 'probability', sql: 'sql-databases' };
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      const area = areaOf[card.slice(3, card.indexOf('-'))]!;
      const result = parseBankFile(`---\narea: ${area}\n---\n\n${card}`, 'FORMAT.md');
      expect(result.errors.map(formatBankError)).toEqual([]);
      expect(result.cards).toHaveLength(1);
    }
  });
});
