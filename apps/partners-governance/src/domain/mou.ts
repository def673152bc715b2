import { z } from 'zod';

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** A new MoU version: its text or a reference to the signed document (or both), and its dates. */
export const mouVersionSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(200, 'must be at most 200 characters'),
    body: z.string().trim().min(1).max(100_000, 'must be at most 100000 characters').nullish(),
    documentRef: z.string().trim().min(1).max(500, 'must be at most 500 characters').nullish(),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullish(),
    renewalDueOn: isoDate.nullish(),
  })
  .refine((v) => v.body != null || v.documentRef != null, {
    message: 'give the text or a document reference',
    path: ['body'],
  })
  .refine((v) => v.effectiveTo == null || v.effectiveTo >= v.effectiveFrom, {
    message: 'must not be before effectiveFrom',
    path: ['effectiveTo'],
  });

export const mouSignatureSchema = z.object({
  partnerId: z.uuid({ message: 'must be an id' }),
  /** The person who signed; defaults to the caller (a head signing for their school). */
  signedByPersonId: z.uuid({ message: 'must be an id' }).nullish(),
  signerRole: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(100, 'must be at most 100 characters'),
  signedOn: isoDate.nullish(),
});

/** Renewal is due within `withinDays` of `today` (or overdue). */
export function renewalDue(
  renewalDueOn: string | null,
  today: string,
  withinDays: number,
): boolean {
  if (renewalDueOn === null) return false;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + withinDays);
  return renewalDueOn <= limit.toISOString().slice(0, 10);
}
