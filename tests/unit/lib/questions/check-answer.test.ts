import { describe, expect, it } from 'vitest';
import { isCorrectChoice, isSameOutput, isWithinTolerance, parseNumericAnswer } from '@/lib/questions/check-answer';

describe('parseNumericAnswer', () => {
  it.each([
    ['0.25', 0.25],
    [' -3 ', -3],
    ['1/4', 0.25],
    ['25%', 0.25],
    ['2.5e-3', 0.0025],
    ['1,000', 1000],
    ['.5', 0.5],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumericAnswer(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'abc', '1/0', '0x10', '1..2', 'Infinity'])('refuses %j', (text) => {
    expect(parseNumericAnswer(text)).toBeNull();
  });
});

describe('isWithinTolerance', () => {
  it('applies an absolute tolerance on both sides', () => {
    const tolerance = { kind: 'absolute', amount: 0.005 } as const;
    expect(isWithinTolerance(0.1617, 0.1667, tolerance)).toBe(true);
    expect(isWithinTolerance(0.1716, 0.1667, tolerance)).toBe(true);
    expect(isWithinTolerance(0.172, 0.1667, tolerance)).toBe(false);
  });

  it('scales a relative tolerance with the expected value', () => {
    const tolerance = { kind: 'relative', amount: 0.01 } as const;
    expect(isWithinTolerance(1009, 1000, tolerance)).toBe(true);
    expect(isWithinTolerance(1011, 1000, tolerance)).toBe(false);
    expect(isWithinTolerance(-990, -1000, tolerance)).toBe(true);
  });

  it('accepts an exact answer with zero tolerance despite binary rounding', () => {
    expect(isWithinTolerance(0.1 + 0.2, 0.3, { kind: 'absolute', amount: 0 })).toBe(true);
    expect(isWithinTolerance(7, 8, { kind: 'absolute', amount: 0 })).toBe(false);
  });
});

describe('isSameOutput', () => {
  it('ignores trailing spaces and final blank lines but not inner differences', () => {
    expect(isSameOutput('3|2|4  \n\n', '3|2|4')).toBe(true);
    expect(isSameOutput('a\r\nb', 'a\nb')).toBe(true);
    expect(isSameOutput('3|2| 4', '3|2|4')).toBe(false);
  });
});

describe('isCorrectChoice', () => {
  const options = [{ correct: true }, { correct: false }, { correct: true }];
  it('needs exactly the correct options', () => {
    expect(isCorrectChoice(new Set([0, 2]), options)).toBe(true);
    expect(isCorrectChoice(new Set([0]), options)).toBe(false);
    expect(isCorrectChoice(new Set([0, 1, 2]), options)).toBe(false);
  });
});
