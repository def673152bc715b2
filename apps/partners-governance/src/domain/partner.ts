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
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    joinedOn: isoDate.nullish(),
  })
  .refine((p) => (p.latitude == null) === (p.longitude == null), {
    message: 'give both latitude and longitude, or neither',
    path: ['latitude'],
  });

export type NewPartner = z.infer<typeof newPartnerSchema>;
