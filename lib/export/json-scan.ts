/** Where a value sits in the document: bytes [start, end). */
export interface ByteRange {
  start: number;
  end: number;
}

/** A member of the document's top-level object; `elements` is set when its value is an array. */
export interface TopLevelMember {
  key: string;
  value: ByteRange;
  elements: ByteRange[] | null;
}

export class JsonScanError extends Error {
  override name = 'JsonScanError';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Splits a JSON document whose top level is an object into its members, and array members into their elements,
 * without decoding the document: each element can then be parsed on its own (`JSON.parse` of its bytes). A full
 * export of a large collection is bigger than the longest string JavaScript can hold (~512 MB) and would take
 * gigabytes as one parsed tree; this way only one record at a time is ever parsed. The scan checks the structure
 * around the elements; the elements themselves are checked when they are parsed. Throws JsonScanError.
 */
export function scanTopLevel(bytes: Uint8Array): TopLevelMember[] {
  const members: TopLevelMember[] = [];
  let position = skipSpace(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  expect(bytes, position, OPEN_BRACE, 'the file does not start with "{"');
  position = skipSpace(bytes, position + 1);
  if (bytes[position] === CLOSE_BRACE) return end(bytes, position + 1, members);
  for (;;) {
    expect(bytes, position, QUOTE, 'expected a quoted member name');
    const keyEnd = skipString(bytes, position);
    const key = parseRange(bytes, { start: position, end: keyEnd }) as string;
    position = skipSpace(bytes, keyEnd);
    expect(bytes, position, COLON, `expected ":" after "${key}"`);
    position = skipSpace(bytes, position + 1);
    const start = position;
    let elements: ByteRange[] | null = null;
    if (bytes[position] === OPEN_BRACKET) {
      elements = [];
      position = skipSpace(bytes, position + 1);
      if (bytes[position] === CLOSE_BRACKET) position += 1;
      else {
        for (;;) {
          const elementEnd = skipValue(bytes, position);
          elements.push({ start: position, end: elementEnd });
          position = skipSpace(bytes, elementEnd);
          if (bytes[position] === CLOSE_BRACKET) {
            position += 1;
            break;
          }
          expect(bytes, position, COMMA, `expected "," or "]" in "${key}"`);
          position = skipSpace(bytes, position + 1);
        }
      }
    } else {
      position = skipValue(bytes, position);
    }
    members.push({ key, value: { start, end: position }, elements });
    position = skipSpace(bytes, position);
    if (bytes[position] === CLOSE_BRACE) return end(bytes, position + 1, members);
    expect(bytes, position, COMMA, `expected "," or "}" after "${key}"`);
    position = skipSpace(bytes, position + 1);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The value in `range`, parsed on its own. Throws on text that is not UTF-8 or not JSON. */
export function parseRange(bytes: Uint8Array, range: ByteRange): unknown {
  return JSON.parse(decoder.decode(bytes.subarray(range.start, range.end)));
}

function end(bytes: Uint8Array, position: number, members: TopLevelMember[]) {
  if (skipSpace(bytes, position) !== bytes.length) throw new JsonScanError(`unexpected text after the end, at byte ${position}`);
  return members;
}

function expect(bytes: Uint8Array, position: number, byte: number, message: string) {
  if (bytes[position] !== byte) throw new JsonScanError(`${message}, at byte ${position}`);
}

function skipSpace(bytes: Uint8Array, position: number): number {
  while (isSpace(bytes[position])) position += 1;
  return position;
}

/** The position after the string starting at `position` (its opening quote). */
function skipString(bytes: Uint8Array, position: number): number {
  for (let index = position + 1; index < bytes.length; index++) {
    if (bytes[index] === BACKSLASH) index += 1;
    else if (bytes[index] === QUOTE) return index + 1;
  }
  throw new JsonScanError(`a string starting at byte ${position} never ends`);
}

/** The position after the value starting at `position`: a string, an object or array (nesting followed), or a literal. */
function skipValue(bytes: Uint8Array, position: number): number {
  const first = bytes[position];
  if (first === QUOTE) return skipString(bytes, position);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let index = position; index < bytes.length; index++) {
      const byte = bytes[index];
      if (byte === QUOTE) index = skipString(bytes, index) - 1;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === 0) return index + 1;
      }
    }
    throw new JsonScanError(`a value starting at byte ${position} never ends`);
  }
  let index = position;
  while (index < bytes.length && !isSpace(bytes[index]) && bytes[index] !== COMMA && bytes[index] !== CLOSE_BRACE && bytes[index] !== CLOSE_BRACKET) {
    index += 1;
  }
  if (index === position) throw new JsonScanError(`expected a value at byte ${position}`);
  return index;
}
