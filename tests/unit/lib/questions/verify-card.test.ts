import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/questions/card-schema';
import { defaultRuntimes } from '@/lib/questions/verify/run-snippet';
import { verifyCard } from '@/lib/questions/verify/verify-card';

const runtimes = defaultRuntimes(process.env);
const base = { id: 'x-card', area: 'linear-algebra', subtopic: 'eigen', level: 'E', prompt: 'Q', answer: 'A' } as const;

const codeCard = (language: string, source: string, output: string): Card => ({
  ...base,
  format: 'code-output',
  code: { language, source },
  output,
});

const numericCard = (value: number, check: string, amount = 0.005): Card => ({
  ...base,
  format: 'numeric',
  value,
  tolerance: { kind: 'absolute', amount },
  check: { language: 'python', source: check },
});

describe('verifyCard', () => {
  it('passes a Python card whose output matches, with numpy available', async () => {
    const card = codeCard('python', 'import numpy as np\nprint(np.arange(3) * 2)', '[0 2 4]');
    expect(await verifyCard(card, runtimes)).toEqual({ ok: true });
  });

  it('fails a card whose stored output is wrong, showing both', async () => {
    const verdict = await verifyCard(codeCard('python', 'print(1 + 1)', '3'), runtimes);
    expect(verdict).toEqual({ ok: false, field: 'output', message: 'the code prints\n    2\nbut the card says\n    3' });
  });

  it('runs SQL in the sqlite3 shell, in its list mode', async () => {
    const card = codeCard('sql', "select 1, null, 'a';\nselect avg(x) from (select 4 as x);", '1||a\n4.0');
    expect(await verifyCard(card, runtimes)).toEqual({ ok: true });
  });

  it('compiles and runs C++', async () => {
    const card = codeCard('cpp', '#include <iostream>\nint main() { std::cout << 6 * 7 << "\\n"; }', '42');
    expect(await verifyCard(card, runtimes)).toEqual({ ok: true });
  });

  it('reports a program that crashes or a language it cannot run', async () => {
    const crash = await verifyCard(codeCard('python', 'raise SystemExit(3)', ''), runtimes);
    expect(crash).toMatchObject({ ok: false, field: 'code', message: expect.stringMatching(/^the program failed \(exit 3\)/) });
    expect(await verifyCard(codeCard('cobol', 'x', ''), runtimes)).toMatchObject({ ok: false, field: 'code' });
  });

  it('recomputes a numeric answer and applies the tolerance', async () => {
    expect(await verifyCard(numericCard(0.368, 'import math\nprint(math.exp(-1))'), runtimes)).toEqual({ ok: true });
    expect(await verifyCard(numericCard(0.37, 'import math\nprint(math.exp(-1))', 0.001), runtimes)).toEqual({
      ok: false,
      field: 'value',
      message: 'the check computes 0.36787944117144233, the card says 0.37',
    });
  });

  it('requires a check program on numeric cards', async () => {
    const { check: _omitted, ...withoutCheck } = numericCard(1, 'print(1)') as Extract<Card, { format: 'numeric' }>;
    expect(await verifyCard(withoutCheck, runtimes)).toMatchObject({ ok: false, field: 'check' });
  });
});
