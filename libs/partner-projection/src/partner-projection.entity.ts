import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PartnerKind, Sector } from '@ekst/contracts';

export type PartnerStatus = 'ACTIVE' | 'LEFT';

/**
 * What a service knows of a partner, kept from partners-governance's events: one table shape for
 * every consumer (people and teacher-swap ask `status`; events and evaluation ask `left_on`, which
 * may lie in the future, and keep `joined_on`). The check names match what
 * `migratePartnerProjection` builds, so each service's schema diff stays empty.
 */
@Entity({ name: 'partner_projection' })
@Check(
  'partner_projection_kind_check',
  "kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')",
)
@Check(
  'partner_projection_sector_check',
  "sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')",
)
@Check('partner_projection_status_check', "status IN ('ACTIVE','LEFT')")
@Check('partner_projection_left_check', "(status = 'LEFT') = (left_on IS NOT NULL)")
@Check('partner_projection_location_check', '(lat IS NULL) = (lng IS NULL)')
export class PartnerProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PartnerKind;

  @Column({ type: 'text' })
  sector!: Sector;

  /** LEFT once a PartnerLeft arrived, whatever its date: the rules that care about the date read `leftOn`. */
  @Column({ type: 'text', default: 'ACTIVE' })
  status!: PartnerStatus;

  /** Null only for partners projected before a service kept the date (people, teacher-swap). */
  @Column({ type: 'date', nullable: true })
  joinedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  /**
   * The partner's site (WGS84 degrees) from PartnerJoined's `location`; null when not recorded,
   * or for rows projected before it travelled. Teacher swaps measure travel distance from it.
   */
  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng!: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
