import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseBrowseFilters, toFtsQuery } from '@/lib/browse/browse-filters';

describe('toFtsQuery', () => {
  it('quotes every word, keeps phrases and makes the last word a prefix', () => {
    expect(toFtsQuery('bayes theorem')).toBe('"bayes" "theorem"*');
    expect(toFtsQuery('"log loss" calibration')).toBe('"log loss" "calibration"*');
    expect(toFtsQuery('k-means "batch norm"')).toBe('"k means" "batch norm"');
  });

  it('drops what is not a word, and gives nothing for nothing', () => {
    expect(toFtsQuery('NEAR( a:b -c')).toBe('"NEAR" "a b" "c"*');
    expect(toFtsQuery('  * " - ')).toBeNull();
  });
});

describe('parseBrowseFilters', () => {
  it('keeps what parses and drops the rest, treating empty fields as unset', () => {
    expect(parseBrowseFilters({ q: ' eigen ', area: 'linear-algebra', level: 'X', state: '', sort: ['id', 'due'] })).toEqual({
      q: 'eigen',
      area: 'linear-algebra',
      sort: 'id',
    });
  });
});

describe('browse cursors', () => {
  it('round-trip, and a tampered cursor reads as none', () => {
    const cursor = { value: -1.25, id: 'la-1', before: true };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('{"value":{},"id":"x","before":false}').toString('base64url'))).toBeNull();
  });
});
