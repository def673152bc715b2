import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@ekst/auth';

/**
 * What events knows about a person, kept from people's PersonRegistered: ids and the attributes
 * registration rules need, never a name or contact detail. Deleted on PersonErased.
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

  /** The day they left the partnership (PersonLeft): no new registrations from then on. */
  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
