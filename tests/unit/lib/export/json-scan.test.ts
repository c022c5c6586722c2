import { describe, expect, it } from 'vitest';
import { JsonScanError, parseRange, scanTopLevel } from '@/lib/export/json-scan';

const bytes = (text: string) => new TextEncoder().encode(text);

/** What each member holds, parsed: arrays element by element, so the split is checked against JSON.parse. */
function parsedMembers(text: string) {
  const data = bytes(text);
  return Object.fromEntries(
    scanTopLevel(data).map((member) => [
      member.key,
      member.elements ? member.elements.map((range) => parseRange(data, range)) : parseRange(data, member.value),
    ]),
  );
}

describe('scanning a JSON document into records', () => {
  it('splits the top-level members, and arrays into their elements, whatever the layout', () => {
    const document = {
      format: 'x',
      version: 1,
      settings: null,
      cards: [{ id: 'a', text: 'quotes " and \\ backslashes ] } , inside', nested: [1, [2, { three: 3 }]] }, { id: 'b' }],
      empty: [],
      unicode: ['é ∑ 😀', '\u2028'],
    };
    expect(parsedMembers(JSON.stringify(document))).toEqual(document);
    expect(parsedMembers(JSON.stringify(document, null, 2))).toEqual(document);
    expect(parsedMembers(`\uFEFF ${JSON.stringify(document)}\n`)).toEqual(document);
    expect(parsedMembers('{}')).toEqual({});
  });

  it('reports a broken structure with where it broke', () => {
    for (const text of ['', '[1, 2]', '{"a": [1, 2}', '{"a": 1', '{"a" 1}', '{"a": "never ends}', '{"a": 1} trailing', '{"a": }']) {
      expect(() => scanTopLevel(bytes(text)), text).toThrow(JsonScanError);
    }
  });

  it('leaves a malformed element for its own parse to refuse', () => {
    const data = bytes('{"cards": [{"id": 1}, {"id": tru}]}');
    const [cards] = scanTopLevel(data);
    expect(parseRange(data, cards!.elements![0]!)).toEqual({ id: 1 });
    expect(() => parseRange(data, cards!.elements![1]!)).toThrow(SyntaxError);
  });
});
