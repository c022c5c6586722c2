import type { CardFormat } from './card-schema';

/** What the card editor starts from for a new card of each format: the sections that format needs, empty. */
export const CARD_TEMPLATES: Record<CardFormat, string> = {
  'free-recall': `format: free-recall

### Prompt


### Answer


### Key points
- 
`,
  'multiple-choice': `format: multiple-choice

### Prompt


### Answer


### Options
- [x] 
- [ ] 
  - why this one is wrong
`,
  numeric: `format: numeric
value: 
tolerance: 1%

### Prompt


### Answer

`,
  'code-output': `format: code-output

### Prompt
What does this print?

### Answer


### Code
\`\`\`python

\`\`\`

### Output
\`\`\`

\`\`\`
`,
};
