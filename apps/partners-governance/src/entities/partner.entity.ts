import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PartnerKind, Sector } from '@ekst/contracts';

/**
 * Mirrors migration 1732300000001 by name, so the schema diff is empty. The checks were declared
 * inline without names, so they carry the names Postgres gave them (`partner_check` is the
 * table-level left_on/joined_on one).
 */
@Entity({ name: 'partner' })
@Check('partner_name_check', 'length(name) BETWEEN 1 AND 200')
@Check('partner_kind_check', "kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')")
@Check('partner_sector_check', "sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')")
@Check('partner_latitude_check', 'latitude BETWEEN -90 AND 90')
@Check('partner_longitude_check', 'longitude BETWEEN -180 AND 180')
@Check('partner_check', 'left_on IS NULL OR left_on >= joined_on')
// UNIQUE on lower(name): TypeORM cannot declare an expression index, so it is listed with
// synchronize: false (TypeORM leaves it to the migration and never drops or recreates it).
@Index('partner_name_uq', { synchronize: false })
export class PartnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PartnerKind;

  @Column({ type: 'text' })
  sector!: Sector;

  @Column({ type: 'text' })
  town!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
