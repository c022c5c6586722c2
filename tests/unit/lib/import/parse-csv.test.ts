import { describe, expect, it } from 'vitest';
import { parseCsvText } from '@/lib/import/parse-csv';
import { detectImportFormat, parseImportFile } from '@/lib/import/parse-import-file';

describe('parseCsvText', () => {
  it('maps columns by a header row, in any order, and reads RFC 4180 quoting', () => {
    const text = [
      'tags,Question,Answer',
      'sql joins,"What does a LEFT JOIN keep?","Every row of the left table, matched or not"',
      ',"Say ""hi""","Line one',
      'line two"',
    ].join('\r\n');
    const parsed = parseCsvText(text);
    expect(parsed.format).toBe('csv');
    expect(parsed.skipped).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, front: 'What does a LEFT JOIN keep?', back: 'Every row of the left table, matched or not', tags: ['sql', 'joins'], notes: [] },
      { line: 3, front: 'Say "hi"', back: 'Line one\nline two', tags: [], notes: [] },
    ]);
  });

  it('reads a file without a header by position: front, back, then tags in a third column', () => {
    const parsed = parseCsvText('What is $\\lambda$?,An eigenvalue,eigen\nWhy?,Because,\n');
    expect(parsed.rows.map((row) => [row.line, row.front, row.back, row.tags])).toEqual([
      [1, 'What is $\\lambda$?', 'An eigenvalue', ['eigen']],
      [2, 'Why?', 'Because', []],
    ]);
  });

  it('keeps fields as Markdown but escapes heading lines, which would break a bank file', () => {
    const parsed = parseCsvText('front,back\n"### Answer\nin the prompt",*emphasis* stays\n');
    expect(parsed.rows[0]).toMatchObject({ front: '\\### Answer\nin the prompt', back: '*emphasis* stays' });
  });

  it('uses semicolons when the first line has more of them than commas', () => {
    expect(parseCsvText('front;back\nA, with a comma;B\n').rows).toEqual([{ line: 2, front: 'A, with a comma', back: 'B', tags: [], notes: [] }]);
  });

  it('skips rows with their line and reason', () => {
    const text = ['front,back', 'ok,fine', 'three,columns,here', 'only one', ',no front', 'no back,', 'ok,again'].join('\n');
    const parsed = parseCsvText(text);
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 7]);
    expect(parsed.skipped).toEqual([
      { line: 3, reason: "has 3 columns where the file's notes have 2 (an unquoted separator or quote?)" },
      { line: 4, reason: "has 1 column where the file's notes have 2 (an unquoted separator or quote?)" },
      { line: 5, reason: 'the front is empty' },
      { line: 6, front: 'no back', reason: 'the back is empty' },
    ]);
  });
});

describe('detectImportFormat', () => {
  it('trusts Anki header lines first, then the extension, then tabs on the first line', () => {
    expect(detectImportFormat('#separator:comma\na,b', 'notes.csv')).toBe('anki');
    expect(detectImportFormat('a,b', 'notes.csv')).toBe('csv');
    expect(detectImportFormat('a\tb', 'notes.txt')).toBe('anki');
    expect(detectImportFormat('a,b', 'notes.tsv')).toBe('anki');
    expect(detectImportFormat('a\tb', 'notes')).toBe('anki');
    expect(detectImportFormat('a,b', 'notes')).toBe('csv');
  });

  it('lets the person override the detection', () => {
    const parsed = parseImportFile('front\tback\n', 'cards.csv', 'anki');
    expect(parsed).toMatchObject({ format: 'anki', detected: false, rows: [{ front: 'front', back: 'back' }] });
  });
});
