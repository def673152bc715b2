import { z } from 'zod';
import { nonNegativePenceSchema, positivePenceSchema } from './money';

/** Input rules for finance records, shared by create and update (an update is merged first). */

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} character${min === 1 ? '' : 's'}`)
    .max(max, `must be at most ${max} characters`);
const uuid = z.uuid({ message: 'must be an id' });

/** "2026-27": the second year is the first plus one. */
export const academicYearSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'must be an academic year like 2026-27')
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5, 7)), {
    message: 'the second year must follow the first (2026-27)',
  });

export const newPeriodSchema = z
  .object({ academicYear: academicYearSchema, startsOn: isoDate, endsOn: isoDate })
  .refine((p) => p.endsOn > p.startsOn, { message: 'must be after startsOn', path: ['endsOn'] });

export const budgetLineSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, 'must be 1–20 capital letters, digits, - or _'),
  name: text(2, 120),
  budgetedPence: nonNegativePenceSchema,
});

export const levyInvoiceSchema = z
  .object({
    partnerId: uuid,
    reference: text(1, 40),
    amountPence: positivePenceSchema,
    issuedOn: isoDate,
    dueOn: isoDate,
  })
  .refine((i) => i.dueOn >= i.issuedOn, {
    message: 'must be on or after issuedOn',
    path: ['dueOn'],
  });

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CHEQUE', 'CARD', 'CASH', 'OTHER'] as const;
export const levyPaymentSchema = z.object({
  invoiceId: uuid,
  amountPence: positivePenceSchema,
  paidOn: isoDate,
  method: z.enum(PAYMENT_METHODS),
});

export const INCOME_SOURCES = ['FUNDRAISING', 'GRANT', 'SPONSORSHIP', 'OTHER'] as const;
export const otherIncomeSchema = z
  .object({
    source: z.enum(INCOME_SOURCES),
    description: text(2, 200),
    amountPence: positivePenceSchema,
    receivedOn: isoDate,
    restricted: z.boolean(),
    restrictedPurpose: text(2, 200).nullish(),
  })
  .refine((i) => i.restricted === (i.restrictedPurpose != null), {
    message: 'a restricted fund needs its purpose, and only a restricted fund has one',
    path: ['restrictedPurpose'],
  });

export const EXPENSE_STATUSES = ['COMMITTED', 'PAID'] as const;
export const expenseSchema = z.object({
  budgetLineId: uuid,
  amountPence: positivePenceSchema,
  incurredOn: isoDate,
  payee: text(2, 120),
  description: text(2, 200),
  status: z.enum(EXPENSE_STATUSES),
});

/**
 * An update's fields over the record's current ones: fields left out (or null) keep their value;
 * `restrictedPurpose` is the exception, since null is how a fund stops being restricted.
 */
export function mergeUpdate<T extends object>(
  current: T,
  changes: Partial<Record<keyof T, unknown>>,
  nullable: ReadonlyArray<keyof T> = [],
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    if (v === null && !nullable.includes(k as keyof T)) continue;
    merged[k] = v;
  }
  return merged;
}
