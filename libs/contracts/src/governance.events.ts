import { z } from 'zod';
import { geoLocationSchema, partnerKindSchema, SECTORS } from './partners.events';

/**
 * partners-governance's events beyond joining and leaving: partner details, the MoU, term
 * calendars. Ids, dates and organisational attributes only — never a person's name or contact.
 */

/**
 * A partner's details changed (a partner is organisational data, so its name may travel). It
 * carries the whole current picture, so a consumer can overwrite what it holds; it never changes
 * membership (that is PartnerLeft / PartnerJoined).
 */
export const partnerUpdatedV1 = z.object({
  partnerId: z.uuid(),
  name: z.string().min(1).max(200),
  kind: partnerKindSchema,
  sector: z.enum(SECTORS),
  town: z.string().min(1).max(100),
  location: geoLocationSchema.nullable(),
});
export type PartnerUpdatedV1 = z.infer<typeof partnerUpdatedV1>;

/** A new MoU version became the current one (communications reminds partners to sign it). */
export const mouVersionPublishedV1 = z.object({
  mouVersionId: z.uuid(),
  effectiveFrom: z.iso.date(),
  renewalDueOn: z.iso.date().nullable(),
});
export type MouVersionPublishedV1 = z.infer<typeof mouVersionPublishedV1>;

/** A partner signed an MoU version. The signer is a person: only their id travels. */
export const mouSignedV1 = z.object({
  mouVersionId: z.uuid(),
  partnerId: z.uuid(),
  signedOn: z.iso.date(),
});
export type MouSignedV1 = z.infer<typeof mouSignedV1>;

export const TERM_DATE_KINDS = ['TERM', 'HOLIDAY', 'INSET_DAY', 'EXAM_PERIOD'] as const;
export const termDateKindSchema = z.enum(TERM_DATE_KINDS);
export type TermDateKind = z.infer<typeof termDateKindSchema>;

/** An academic year as "2026-27". */
export const academicYearSchema = z
  .string()
  .refine(
    (y) => /^\d{4}-\d{2}$/.test(y) && (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)),
    { message: 'must be an academic year like 2026-27' },
  );

/**
 * A partner's whole calendar for one academic year, as it now stands (a replacement, not a
 * delta, so applying it twice or late is harmless). Dates of a school, not of a person.
 */
export const termCalendarChangedV1 = z.object({
  partnerId: z.uuid(),
  academicYear: academicYearSchema,
  entries: z.array(
    z.object({
      kind: termDateKindSchema,
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      label: z.string().max(200).nullable(),
    }),
  ),
});
export type TermCalendarChangedV1 = z.infer<typeof termCalendarChangedV1>;

export const GovernanceEvents = {
  partnerUpdated: { type: 'PartnerUpdated', version: 1, schema: partnerUpdatedV1 },
  mouVersionPublished: { type: 'MouVersionPublished', version: 1, schema: mouVersionPublishedV1 },
  mouSigned: { type: 'MouSigned', version: 1, schema: mouSignedV1 },
  termCalendarChanged: { type: 'TermCalendarChanged', version: 1, schema: termCalendarChangedV1 },
} as const;
