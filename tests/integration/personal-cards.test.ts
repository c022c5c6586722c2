import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as exportMyCards } from '@/app/api/export/my-cards/route';
import { savePersonalCard } from '@/app/cards/personal-card-actions';
import type { Db } from '@/db/connection';
import { cardContents, cards } from '@/db/schema';
import { personalCardSchema } from '@/lib/questions/card-schema';
import { CARD_TEMPLATES } from '@/lib/questions/card-templates';
import { parseBankFile } from '@/lib/questions/parse-bank';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-1'])]));
});
afterAll(() => cleanup());

const content = (prompt: string, answer = 'The trace is the sum of the eigenvalues.') => `format: free-recall

### Prompt
${prompt}

### Answer
${answer}

### Key points
- sum of eigenvalues
`;
const input = (prompt: string, extra: Record<string, unknown> = {}) => ({
  area: 'linear-algebra',
  subtopic: 'eigen',
  level: 'M',
  content: content(prompt),
  ...extra,
});

describe('personal cards', () => {
  it('adds a card through the bank parser, new and marked as personal, with an id drawn from its prompt', async () => {
    const result = await savePersonalCard(input('What is the trace of a matrix in terms of its eigenvalues?'));
    expect(result).toEqual({ ok: true, data: { id: expect.stringMatching(/^my-what-is-the-trace-of-[0-9a-f]{10}$/) } });
    const id = result.ok ? result.data.id : '';
    expect(db.select().from(cards).where(eq(cards.id, id)).get()).toMatchObject({ origin: 'personal', state: 'new', area: 'linear-algebra' });
    const stored = db.select().from(cardContents).where(eq(cardContents.cardId, id)).get()!;
    expect(stored.source).toMatchObject({ format: 'free-recall', keyPoints: ['sum of eigenvalues'] });
    expect(stored.rendered.answer).toContain('<p>The trace is the sum of the eigenvalues.</p>');
  });

  it('refuses the same prompt twice in an area, and writes nothing', async () => {
    const before = snapshotTables(db);
    const again = await savePersonalCard(input('What is the  trace of a matrix in terms of its EIGENVALUES?'));
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already have a card with this prompt/) });
    expect(snapshotTables(db)).toEqual(before);
  });

  it('points at the line and field of every problem, and writes nothing', async () => {
    const before = snapshotTables(db);
    const result = await savePersonalCard(input('', { content: CARD_TEMPLATES['free-recall'] }));
    expect(result.ok).toBe(false);
    expect(result.lineErrors).toEqual(
      expect.arrayContaining([
        { line: 3, field: 'prompt', message: 'must not be empty' },
        { line: 6, field: 'answer', message: 'must not be empty' },
      ]),
    );
    const badSubtopic = await savePersonalCard(input('A question?', { subtopic: 'not-a-subtopic' }));
    expect(badSubtopic.lineErrors).toEqual([{ line: 0, field: 'subtopic', message: '"not-a-subtopic" is not a subtopic of linear-algebra' }]);
    const badMath = await savePersonalCard(input('Broken $\\frac{1}{$ math?'));
    expect(badMath).toMatchObject({ ok: false, lineErrors: [expect.objectContaining({ field: 'prompt' })] });
    expect(await savePersonalCard({ ...input('x?'), extra: true })).toMatchObject({ ok: false });
    expect(await savePersonalCard({ ...input('x?'), id: 'la-1' })).toMatchObject({ ok: false, message: expect.stringMatching(/not one of your own/) });
    expect(snapshotTables(db)).toEqual(before);
  });

  it('edits a card of its own, keeping its id and schedule; bank cards cannot be edited here', async () => {
    const [mine] = db.select({ id: cards.id }).from(cards).where(eq(cards.origin, 'personal')).all();
    const edited = await savePersonalCard({ ...input('What is the trace, in eigenvalues?'), id: mine!.id, level: 'H' });
    expect(edited).toEqual({ ok: true, data: { id: mine!.id } });
    expect(db.select().from(cards).where(eq(cards.id, mine!.id)).get()).toMatchObject({ level: 'H', origin: 'personal' });
    expect(db.select().from(cardContents).where(eq(cardContents.cardId, mine!.id)).get()!.source.prompt).toBe('What is the trace, in eigenvalues?');
    expect(await savePersonalCard({ ...input('x?'), id: 'my-not-there' })).toMatchObject({ ok: false, message: expect.stringMatching(/no card/) });
  });

  it('exports them as a bank file that parses back to the same cards', async () => {
    await savePersonalCard({
      area: 'linear-algebra',
      subtopic: 'eigen',
      level: 'E',
      content: 'format: multiple-choice\n\n### Prompt\nPick the symmetric one.\n\n### Answer\nThe first.\n\n### Options\n- [x] $A = A^T$\n- [ ] $A = -A^T$\n  - that is skew-symmetric\n',
    });
    const response = exportMyCards(new Request('http://127.0.0.1/api/export/my-cards?area=linear-algebra'));
    expect(response.status).toBe(200);
    const parsed = parseBankFile(await response.text(), 'my-linear-algebra.md', personalCardSchema);
    expect(parsed.errors).toEqual([]);
    const stored = db
      .select({ source: cardContents.source })
      .from(cards)
      .innerJoin(cardContents, eq(cardContents.cardId, cards.id))
      .where(eq(cards.origin, 'personal'))
      .all()
      .map((row) => row.source);
    expect(parsed.cards.map((entry) => entry.card).sort((a, b) => a.id.localeCompare(b.id))).toEqual(stored.sort((a, b) => a.id.localeCompare(b.id)));
    expect(exportMyCards(new Request('http://127.0.0.1/api/export/my-cards?area=nope')).status).toBe(400);
    expect(exportMyCards(new Request('http://127.0.0.1/api/export/my-cards?area=probability')).status).toBe(404);
  });
});
