import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@ekst/auth';

/**
 * What teacher-swap knows of people, fed by PersonRegistered and deleted by PersonErased: only
 * the partner and roles it validates offers against, never a name.
 */
@Entity({ name: 'person_projection' })
// Mirrors migration 1732300000001 by name (Postgres named the inline check), so the schema diff is empty.
@Check('person_projection_roles_check', 'cardinality(roles) >= 1')
export class PersonProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
