import { describe, expect, it } from 'vitest';
import { readDelimitedRecords } from '@/lib/import/delimited-records';

describe('readDelimitedRecords', () => {
  it('splits fields and lines, keeping the line each record starts on', () => {
    expect(readDelimitedRecords('a\tb\n\nc\td\n', '\t', { comments: false })).toEqual([
      { kind: 'fields', line: 1, fields: ['a', 'b'] },
      { kind: 'fields', line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('reads quoted fields holding the separator, newlines and doubled quotes, and counts their lines', () => {
    const text = 'x,"one, two",y\r\n"multi\r\nline ""quoted""",z,w\n"last"';
    expect(readDelimitedRecords(text, ',', { comments: false })).toEqual([
      { kind: 'fields', line: 1, fields: ['x', 'one, two', 'y'] },
      { kind: 'fields', line: 2, fields: ['multi\nline "quoted"', 'z', 'w'] },
      { kind: 'fields', line: 4, fields: ['last'] },
    ]);
  });

  it('keeps a quote inside an unquoted field, and an empty last field after a trailing separator', () => {
    expect(readDelimitedRecords('5" screen\tback\t\n', '\t', { comments: false })).toEqual([
      { kind: 'fields', line: 1, fields: ['5" screen', 'back', ''] },
    ]);
  });

  it('reads "#" lines as comments only when asked', () => {
    expect(readDelimitedRecords('#html:true\na\tb', '\t', { comments: true, firstLine: 3 })).toEqual([
      { kind: 'comment', line: 3, text: '#html:true' },
      { kind: 'fields', line: 4, fields: ['a', 'b'] },
    ]);
    expect(readDelimitedRecords('#x,y', ',', { comments: false })).toEqual([{ kind: 'fields', line: 1, fields: ['#x', 'y'] }]);
  });

  it('reports a quote that is never closed, with the lines it swallowed', () => {
    expect(readDelimitedRecords('a,b\n"open,c\nd,e\n', ',', { comments: false })).toEqual([
      { kind: 'fields', line: 1, fields: ['a', 'b'] },
      { kind: 'unclosed-quote', line: 2, lastLine: 3 },
    ]);
  });
});
