import { z } from 'zod';

/**
 * Money is integer pence, end to end: GraphQL `Pence`, bigint columns, and this module's
 * arithmetic. No amount ever passes through a float with a fractional part.
 */

/**
 * The most one record may hold: £10,000,000. The partnership's whole annual budget is a few
 * hundred thousand pounds, so anything above this is a typo (pounds typed as pence twice, an extra
 * zero); it also keeps every sum of a year's records far inside Number.MAX_SAFE_INTEGER.
 */
export const MAX_PENCE = 1_000_000_000;

const WHOLE = 'must be a whole number of pence (e.g. 1250 for £12.50)';
const TOO_LARGE = `must be at most ${MAX_PENCE} pence (£10,000,000)`;

/** An amount that must be more than nothing: an invoice, a payment, income, an expense. */
export const positivePenceSchema = z
  .number({ message: 'must be an amount in pence' })
  .int(WHOLE)
  .min(1, 'must be more than 0 pence')
  .max(MAX_PENCE, TOO_LARGE);

/** An amount that may be nothing: a budget line not funded this year. */
export const nonNegativePenceSchema = z
  .number({ message: 'must be an amount in pence' })
  .int(WHOLE)
  .min(0, 'must not be negative')
  .max(MAX_PENCE, TOO_LARGE);

/**
 * A bigint column as read by pg (a string), as a number: refused rather than rounded if it ever
 * left the safe-integer range, so a wrong total can never be shown as a right one.
 */
export function penceFromDb(value: string | number | null): number | null {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`amount in pence out of safe range: ${value}`);
  return n;
}

/** TypeORM transformer for bigint pence columns. */
export const penceColumn = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => penceFromDb(value),
};

/** Pence as pounds for people to read ("1234.05", "-12.50"), by integer arithmetic only. */
export function poundsText(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new Error(`not a whole number of pence: ${pence}`);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Sums pence, refusing any result outside the safe-integer range. */
export function sumPence(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) throw new Error('pence total out of safe range');
  return total;
}
