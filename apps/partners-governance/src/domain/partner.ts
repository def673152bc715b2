import { z } from 'zod';
import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { partnerKindSchema } from '@ekst/contracts';
import type { PartnerKind, Sector } from '@ekst/contracts';

/** Membership is the partnership's decision, recorded by its coordinator. */
export function mayAddPartners(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR');
}

/** Selective (grammar) schools are state schools; the sector decides who can swap with whom. */
export function sectorForKind(kind: PartnerKind): Sector {
  switch (kind) {
    case 'STATE':
    case 'SELECTIVE':
      return 'STATE';
    case 'INDEPENDENT':
      return 'INDEPENDENT';
    case 'UNIVERSITY':
      return 'HIGHER_EDUCATION';
    case 'ASSOCIATE':
      return 'COMMUNITY';
  }
}

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/**
 * The partnership is in East Kent, so a site outside the British Isles' box is a typo (a swapped
 * sign or latitude and longitude exchanged), and it would make every swap distance nonsense.
 */
export const UK_LATITUDE = { min: 49.8, max: 60.9 } as const;
export const UK_LONGITUDE = { min: -8.7, max: 1.8 } as const;
const ukRange = (r: { min: number; max: number }, what: string) =>
  z
    .number()
    .min(r.min, `${what} must be in the UK (${r.min} to ${r.max})`)
    .max(r.max, `${what} must be in the UK (${r.min} to ${r.max})`);

export const newPartnerSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(200, 'must be at most 200 characters'),
    kind: partnerKindSchema,
    town: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(100, 'must be at most 100 characters'),
    latitude: ukRange(UK_LATITUDE, 'latitude').nullish(),
    longitude: ukRange(UK_LONGITUDE, 'longitude').nullish(),
    joinedOn: isoDate.nullish(),
  })
  .refine((p) => (p.latitude == null) === (p.longitude == null), {
    message: 'give both latitude and longitude, or neither',
    path: ['latitude'],
  });

export type NewPartner = z.infer<typeof newPartnerSchema>;

/** A change of a partner's details; what is not given stays as it is. */
export const partnerUpdateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(200, 'must be at most 200 characters')
      .optional(),
    kind: partnerKindSchema.optional(),
    town: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(100, 'must be at most 100 characters')
      .optional(),
    latitude: ukRange(UK_LATITUDE, 'latitude').nullish(),
    longitude: ukRange(UK_LONGITUDE, 'longitude').nullish(),
  })
  .refine((p) => (p.latitude === undefined) === (p.longitude === undefined), {
    message: 'give both latitude and longitude (or both null to clear them), or neither',
    path: ['latitude'],
  })
  .refine((p) => (p.latitude === null) === (p.longitude === null), {
    message: 'give both latitude and longitude (or both null to clear them), or neither',
    path: ['latitude'],
  });

const isoDay = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
export const leavingSchema = z.object({
  partnerId: z.uuid({ message: 'must be an id' }),
  leftOn: isoDay,
  reason: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(500, 'must be at most 500 characters'),
});
export const rejoiningSchema = z.object({
  partnerId: z.uuid({ message: 'must be an id' }),
  joinedOn: isoDay,
});
