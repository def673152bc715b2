import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@ekst/auth';

/**
 * What evaluation knows about a person, from people's PersonRegistered/PersonUpdated: their
 * partner (reports per partner and sector) and year group (which instrument suits their age
 * band). Never a name. Deleted on PersonErased.
 */
@Entity({ name: 'person_projection' })
@Check('person_projection_roles_check', 'cardinality(roles) >= 1')
@Check('person_projection_year_group_check', 'year_group BETWEEN 1 AND 13')
@Index('person_projection_partner_idx', ['partnerId'])
export class PersonProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'int', nullable: true })
  yearGroup!: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
