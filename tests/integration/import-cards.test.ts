import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCards, previewImport } from '@/app/import/actions';
import { MAX_IMPORT_BYTES } from '@/app/import/import-input';
import type { Db } from '@/db/connection';
import { planCardImport } from '@/db/queries/import-cards';
import type { ActionResult } from '@/lib/action-result';
import type { ImportReport } from '@/lib/import/import-report';
import { parseAnkiText } from '@/lib/import/parse-anki';
import { personalCardId } from '@/lib/questions/personal-card-id';
import { bankText, createActionTestDb, snapshotTables } from '../fixtures/test-db';

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  ({ db, cleanup } = createActionTestDb([bankText(['la-a', 'la-b'])]));
});
afterAll(() => cleanup());

/** An Anki 2.1.55+ export: three good notes, one duplicate, one whose math does not render, one with no back. */
const EXPORT = [
  '#separator:tab',
  '#html:true',
  '#tags column:3',
  'What is the <b>rank</b> of a matrix?\tThe dimension of its column space\tlinear-independence-span-basis',
  'What does the SVD factor a matrix into?\t\\(U \\Sigma V^T\\)\tsvd',
  'Name a property of a symmetric matrix\tReal eigenvalues<br>orthogonal eigenvectors\t',
  'what is the RANK of a matrix?\tDuplicate of line 4\t',
  'Broken math \\(\\frac{1}{\\)\tIt never closes\t',
  'No back here\t\t',
].join('\n');

function form(fields: Record<string, string | Blob>, fileName = 'deck.txt'): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') data.append(key, value);
    else data.append(key, value, fileName);
  }
  return data;
}

const validFields = (text = EXPORT) => ({
  file: new Blob([text], { type: 'text/plain' }),
  format: 'auto',
  area: 'linear-algebra',
  subtopic: 'eigen',
  level: 'H',
  subtopicFromTags: 'on',
});

function expectReport(result: ActionResult<ImportReport>): ImportReport {
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe('previewImport', () => {
  it('reports what would be added, skipped and why, and writes nothing', async () => {
    const before = snapshotTables(db);
    const report = expectReport(await previewImport(null, form(validFields())));
    expect(snapshotTables(db)).toEqual(before);
    expect(report).toMatchObject({ format: 'anki', detected: true, committed: false, added: 3, alreadyThere: 0, skipped: 3 });
    expect(report.sample.map((row) => [row.line, row.subtopic, row.tags])).toEqual([
      [4, 'linear-independence-span-basis', ['linear-independence-span-basis']],
      [5, 'svd', ['svd']],
      [6, 'eigen', []],
    ]);
    expect(report.sample[1]!.answer).toBe('$U \\Sigma V^T$');
    expect(report.skippedRows.map((row) => [row.line, row.reason.replace(/: .*/s, ':')])).toEqual([
      [7, 'the same front as line 4'],
      [8, 'does not render:'],
      [9, 'the back is empty'],
    ]);
  });
});

describe('importCards', () => {
  it('adds the cards as your own, with their content, and a second import adds nothing', async () => {
    const first = expectReport(await importCards(null, form(validFields())));
    expect(first).toMatchObject({ committed: true, added: 3, alreadyThere: 0, skipped: 3 });
    const rows = db.$client
      .prepare(
        `select c.id, c.area, c.subtopic, c.level, c.format, c.origin, c.state, cc.source
         from cards c join card_contents cc on cc.card_id = c.id where c.origin = 'personal' order by c.id`,
      )
      .all() as { id: string; area: string; subtopic: string; level: string; format: string; origin: string; source: string }[];
    expect(rows).toHaveLength(3);
    const rank = rows.find((row) => row.id === personalCardId('linear-algebra', 'What is the rank of a matrix?'));
    expect(rank).toMatchObject({ area: 'linear-algebra', subtopic: 'linear-independence-span-basis', level: 'H', format: 'free-recall' });
    expect(JSON.parse(rank!.source)).toMatchObject({
      prompt: 'What is the rank of a matrix?',
      answer: 'The dimension of its column space',
      keyPoints: ['The dimension of its column space'],
    });

    const before = snapshotTables(db);
    const second = expectReport(await importCards(null, form(validFields())));
    expect(second).toMatchObject({ committed: true, added: 0, alreadyThere: 3, skipped: 3 });
    expect(second.alreadyThereRows.map((row) => row.line)).toEqual([4, 5, 6]);
    expect(snapshotTables(db)).toEqual(before);
  });

  it('finds the same cards already there through the data layer, whatever subtopic is chosen', () => {
    const parsed = parseAnkiText(EXPORT);
    const plan = planCardImport(db, parsed.rows, parsed.skipped, { area: 'linear-algebra', subtopic: 'svd', level: 'E', subtopicFromTags: false });
    expect(plan.toAdd).toEqual([]);
    expect(plan.alreadyThere.map((candidate) => candidate.line)).toEqual([4, 5, 6]);
  });
});

describe('import actions refuse a bad form before reading or writing anything', () => {
  const { file: _file, ...withoutFile } = validFields();
  it.each<[string, unknown]>([
    ['no form', undefined],
    ['a plain object', { ...validFields() }],
    ['no file', form(withoutFile)],
    ['the file sent as text', form({ ...withoutFile, file: EXPORT })],
    ['an empty file', form({ ...validFields(), file: new Blob([]) })],
    ['a file over 5 MB', form({ ...validFields(), file: new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]) })],
    ['a binary file', form({ ...validFields(), file: new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe])]) })],
    ['an unknown area', form({ ...validFields(), area: 'astrology' })],
    ['a subtopic of another area', form({ ...validFields(), subtopic: 'joins' })],
    ['a bad level', form({ ...validFields(), level: 'X' })],
    ['a bad format', form({ ...validFields(), format: 'xlsx' })],
    ['a choice sent as a file', form({ ...validFields(), area: new Blob(['linear-algebra']) })],
  ])('%s', async (_name, payload) => {
    const before = snapshotTables(db);
    for (const action of [previewImport, importCards]) {
      const result = await action(null, payload);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message.length).toBeLessThan(300);
    }
    expect(snapshotTables(db)).toEqual(before);
  });
});
