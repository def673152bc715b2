import { z } from 'zod';

export const PARTNER_KINDS = [
  'STATE',
  'SELECTIVE',
  'INDEPENDENT',
  'UNIVERSITY',
  'ASSOCIATE',
] as const;
export const partnerKindSchema = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof partnerKindSchema>;

/** Sector is derived from kind; other services use it (teacher swaps cross sectors). */
export const SECTORS = ['STATE', 'INDEPENDENT', 'HIGHER_EDUCATION', 'COMMUNITY'] as const;
export type Sector = (typeof SECTORS)[number];

/** Where a partner's site is (WGS84 degrees): teacher swaps measure travel distance between sites. */
export const geoLocationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type GeoLocation = z.infer<typeof geoLocationSchema>;

/** A partner is organisational data, not personal data, so its name may travel on Kafka. */
export const partnerJoinedV1 = z.object({
  partnerId: z.uuid(),
  name: z.string().min(1).max(200),
  kind: partnerKindSchema,
  sector: z.enum(SECTORS),
  town: z.string().min(1).max(100),
  joinedOn: z.iso.date(),
  /**
   * Added to v1 without a new version: optional, so messages published before it still parse
   * (absent means unknown, like null).
   */
  location: geoLocationSchema.nullable().optional(),
});
export type PartnerJoinedV1 = z.infer<typeof partnerJoinedV1>;

export const partnerLeftV1 = z.object({
  partnerId: z.uuid(),
  leftOn: z.iso.date(),
});
export type PartnerLeftV1 = z.infer<typeof partnerLeftV1>;

export const PartnerEvents = {
  joined: { type: 'PartnerJoined', version: 1, schema: partnerJoinedV1 },
  left: { type: 'PartnerLeft', version: 1, schema: partnerLeftV1 },
} as const;
