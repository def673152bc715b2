import { z } from 'zod';
import { academicYearSchema } from '@ekst/contracts';

export type ApplicationStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export const CONTRIBUTION_KINDS = ['VENUE', 'SPEAKER', 'SPONSORSHIP', 'IN_KIND'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

/**
 * An organisation's application. The contact is a role, not a person: applications are
 * organisational records, and the name of whoever wrote to us is not needed to decide.
 */
export const associateApplicationSchema = z.object({
  organisationName: text(2, 200),
  town: text(2, 100),
  contactRole: text(2, 100),
  offer: text(2, 2000),
});

export const applicationDecisionSchema = z.object({
  applicationId: z.uuid({ message: 'must be an id' }),
  approve: z.boolean(),
  reason: text(2, 1000),
});

/** A contribution is for one event or for the academic year, never both; money in integer pence. */
export const contributionSchema = z
  .object({
    partnerId: z.uuid({ message: 'must be an id' }),
    kind: z.enum(CONTRIBUTION_KINDS),
    description: text(2, 1000),
    amountPence: z.number().int('must be whole pence').min(0, 'must not be negative').nullish(),
    eventId: z.uuid({ message: 'must be an id' }).nullish(),
    academicYear: academicYearSchema.nullish(),
  })
  .refine((c) => (c.eventId == null) !== (c.academicYear == null), {
    message: 'give an event or an academic year, not both',
    path: ['eventId'],
  })
  .refine((c) => (c.kind === 'SPONSORSHIP') === (c.amountPence != null), {
    message: 'a sponsorship has an amount in pence; other contributions have none',
    path: ['amountPence'],
  });
