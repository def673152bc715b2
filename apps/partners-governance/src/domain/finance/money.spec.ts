import {
  MAX_PENCE,
  nonNegativePenceSchema,
  penceFromDb,
  poundsText,
  positivePenceSchema,
  sumPence,
} from './money';

describe('money in pence', () => {
  it.each([
    [1, true],
    [1250, true],
    [MAX_PENCE, true],
    [0, false],
    [-1, false],
    [12.5, false],
    [0.1 + 0.2, false],
    [MAX_PENCE + 1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('a positive amount %p is accepted: %p', (value, ok) => {
    expect(positivePenceSchema.safeParse(value).success).toBe(ok);
  });

  it('says why an amount is refused', () => {
    const message = (v: unknown) => positivePenceSchema.safeParse(v).error?.issues[0].message;
    expect(message(12.5)).toMatch(/whole number of pence/);
    expect(message(-5)).toMatch(/more than 0/);
    expect(message(MAX_PENCE * 10)).toMatch(/at most/);
    expect(message('1250')).toMatch(/amount in pence/);
  });

  it('lets a budget be zero but never negative', () => {
    expect(nonNegativePenceSchema.safeParse(0).success).toBe(true);
    expect(nonNegativePenceSchema.safeParse(-1).success).toBe(false);
    expect(nonNegativePenceSchema.safeParse(99.99).success).toBe(false);
  });

  it('reads bigint columns (strings from pg) exactly, refusing what a number cannot hold', () => {
    expect(penceFromDb('123456789012')).toBe(123456789012);
    expect(penceFromDb(null)).toBeNull();
    expect(penceFromDb('-250')).toBe(-250);
    expect(() => penceFromDb('9007199254740993')).toThrow(/safe range/);
    expect(() => penceFromDb('12.5')).toThrow(/safe range/);
  });

  it('shows pounds by integer arithmetic', () => {
    expect(poundsText(0)).toBe('0.00');
    expect(poundsText(5)).toBe('0.05');
    expect(poundsText(123405)).toBe('1234.05');
    expect(poundsText(-1250)).toBe('-12.50');
    expect(() => poundsText(1.5)).toThrow();
  });

  it('sums exactly where floats would drift', () => {
    expect(sumPence([10, 20, 30])).toBe(60);
    expect(sumPence([])).toBe(0);
    expect(() => sumPence([Number.MAX_SAFE_INTEGER, 2])).toThrow(/safe range/);
  });
});
