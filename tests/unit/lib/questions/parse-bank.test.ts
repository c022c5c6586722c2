import { describe, expect, it } from 'vitest';
import { formatBankError, parseBankFile } from '@/lib/questions/parse-bank';

const header = '---\narea: linear-algebra\n---\n\n';

function parse(body: string) {
  return parseBankFile(header + body, 'questions/la.md');
}

const freeRecall = `## la-trace
subtopic: eigen
level: E
format: free-recall

### Prompt
What is the trace of $A$?

### Answer
The sum of its eigenvalues, $\\sum_i \\lambda_i$.

### Key points
- sum of the diagonal
- equals the sum of eigenvalues
`;

describe('parseBankFile', () => {
  it('reads a free-recall card with Markdown and math kept verbatim', () => {
    const result = parse(freeRecall);
    expect(result.errors).toEqual([]);
    expect(result.cards).toEqual([
      {
        file: 'questions/la.md',
        line: 5,
        card: {
          id: 'la-trace',
          area: 'linear-algebra',
          subtopic: 'eigen',
          level: 'E',
          format: 'free-recall',
          prompt: 'What is the trace of $A$?',
          answer: 'The sum of its eigenvalues, $\\sum_i \\lambda_i$.',
          keyPoints: ['sum of the diagonal', 'equals the sum of eigenvalues'],
        },
      },
    ]);
  });

  it('reads a multiple-choice card with correct options and why each wrong one is wrong', () => {
    const result = parse(`## la-rank
subtopic: linear-independence-span-basis
level: M
format: multiple-choice

### Prompt
Rank of the $3 \\times 3$ all-ones matrix?

### Options
- [ ] 3
  - Its rows are all equal, so they are not independent.
- [x] 1
- [ ] 0
  - Only the zero matrix has rank 0.

### Answer
Every row is the same non-zero vector.
`);
    expect(result.errors).toEqual([]);
    const card = result.cards[0]!.card;
    expect(card.format === 'multiple-choice' && card.options).toEqual([
      { text: '3', correct: false, whyWrong: 'Its rows are all equal, so they are not independent.' },
      { text: '1', correct: true },
      { text: '0', correct: false, whyWrong: 'Only the zero matrix has rank 0.' },
    ]);
  });

  it('reads numeric cards with absolute and relative tolerances and a unit', () => {
    const card = (tolerance: string) =>
      parse(`## la-det
subtopic: determinant
level: E
format: numeric
value: 2.5e3
tolerance: ${tolerance}
unit: cubic units

### Prompt
Volume?

### Answer
Multiply.
`);
    const absolute = card('0.5').cards[0]!.card;
    const relative = card('2%').cards[0]!.card;
    expect(absolute).toMatchObject({ value: 2500, tolerance: { kind: 'absolute', amount: 0.5 }, unit: 'cubic units' });
    expect(relative).toMatchObject({ tolerance: { kind: 'relative', amount: 0.02 } });
  });

  it('reads a code-output card whose code holds lines that look like headings', () => {
    const result = parse(`## la-numpy-shape
subtopic: matrix-multiplication
level: E
format: code-output

### Prompt
What does this print?

### Code
\`\`\`python
## not a card heading
### not a section either
import numpy as np
print((np.ones((2, 3)) @ np.ones((3, 4))).shape)
\`\`\`

### Output
\`\`\`text
(2, 4)
\`\`\`

### Answer
Inner dimensions cancel.
`);
    expect(result.errors).toEqual([]);
    const card = result.cards[0]!.card;
    expect(card.format === 'code-output' && card.code).toEqual({
      language: 'python',
      source:
        '## not a card heading\n### not a section either\nimport numpy as np\nprint((np.ones((2, 3)) @ np.ones((3, 4))).shape)',
    });
    expect(card.format === 'code-output' && card.output).toBe('(2, 4)');
  });

  it('names the file, line and field of each problem, and leaves broken cards out', () => {
    const result = parse(`## Bad_Id
subtopic: eigen
level: X
format: free-recall

### Prompt
Q

### Answer
A

### Key points
- only one

${freeRecall}`);
    expect(result.cards.map((parsed) => parsed.card.id)).toEqual(['la-trace']);
    expect(result.errors.map(formatBankError)).toEqual([
      'questions/la.md:5: id: must be lowercase words joined by "-" (a-z, 0-9)',
      'questions/la.md:7: level: must be E, M or H',
      'questions/la.md:16: keyPoints: needs at least 2 key points',
    ]);
  });

  it('reports a subtopic of another area, an unknown key and an unknown section on their lines', () => {
    const result = parse(`## la-x
subtopic: joins
level: E
format: free-recall
colour: blue

### Prompt
Q

### Hint
H

### Answer
A

### Key points
- a
- b
`);
    expect(result.cards).toEqual([]);
    expect(result.errors.map(formatBankError)).toEqual([
      'questions/la.md:9: colour: unknown key (expected one of: subtopic, level, format, value, tolerance, unit)',
      'questions/la.md:14: section: unknown section "Hint" (expected one of: prompt, answer, key points, options, code, output, check)',
      'questions/la.md:6: subtopic: "joins" is not a subtopic of linear-algebra',
    ]);
    const fixed = parse(`## la-x
subtopic: joins
level: E
format: free-recall

### Prompt
Q

### Answer
A

### Key points
- a
- b
`);
    expect(fixed.errors.map(formatBankError)).toEqual([
      'questions/la.md:6: subtopic: "joins" is not a subtopic of linear-algebra',
    ]);
  });

  it('requires every wrong option to say why it is wrong, and at least one correct option', () => {
    const result = parse(`## la-mc
subtopic: eigen
level: E
format: multiple-choice

### Prompt
Q

### Options
- [ ] one
- [ ] two
  - because

### Answer
A
`);
    expect(result.errors.map(formatBankError)).toEqual([
      'questions/la.md:13: options: needs at least one correct option ("- [x]")',
      'questions/la.md:14: options.0.whyWrong: a wrong option needs an indented "- " line saying why it is wrong',
    ]);
  });

  it('reports missing sections, a bad number and an unclosed code fence', () => {
    const numeric = parse(`## la-n
subtopic: eigen
level: E
format: numeric
value: twelve
tolerance: 0

### Prompt
Q
`);
    expect(numeric.errors.map(formatBankError)).toEqual([
      'questions/la.md:5: answer: is missing',
      'questions/la.md:9: value: must be a number',
    ]);
    const code = parse(`## la-c
subtopic: eigen
level: E
format: code-output

### Prompt
Q

### Code
\`\`\`
print(1)
\`\`\`

### Output
\`\`\`text
1
\`\`\`

### Answer
A

## la-d
subtopic: eigen
level: E
format: code-output

### Prompt
Q

### Code
\`\`\`python
print(1)
\`\`\`

### Answer
A

### Output
\`\`\`text
1
`);
    expect(code.errors.map(formatBankError)).toEqual([
      'questions/la.md:13: code.language: needs a language name on the code fence, e.g. ```python',
      'questions/la.md:43: output: the code block is not closed',
    ]);
  });

  it('rejects a file without front matter or with an unknown area', () => {
    expect(parseBankFile(freeRecall, 'a.md').errors.map(formatBankError)).toEqual([
      'a.md:1: area: the file must start with a front-matter block: "---", "area: <area-id>", "---"',
    ]);
    const unknownArea = parseBankFile(`---\narea: astrology\n---\n\n${freeRecall}`, 'b.md');
    expect(unknownArea.errors.map(formatBankError)).toEqual(['b.md:5: area: unknown skill area "astrology"']);
  });
});
