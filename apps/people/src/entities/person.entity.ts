import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@ekst/auth';

/**
 * Mirrors migration 1732300000002 by name, so the schema diff is empty. The column checks were
 * declared inline without names, so they carry the names Postgres gave them.
 */
@Entity({ name: 'person' })
@Check('person_display_name_check', 'length(display_name) BETWEEN 2 AND 100')
@Check(
  'person_roles_check',
  "cardinality(roles) >= 1 AND roles <@ ARRAY['COORDINATOR','HEAD','CHAMPION','FINANCE','TEACHER','STUDENT','AMBASSADOR','ASSOCIATE','DATA_PROTECTION_LEAD']::text[]",
)
@Check('person_year_group_check', 'year_group BETWEEN 7 AND 13')
@Check('person_email_check', "email IS NULL OR position('@' IN email) > 1")
@Check('person_student_has_year_group', "('STUDENT' = ANY (roles)) = (year_group IS NOT NULL)")
@Check('person_student_has_no_email', "NOT ('STUDENT' = ANY (roles)) OR email IS NULL")
@Check('person_phone_check', "phone IS NULL OR phone ~ '^\\+?[0-9 ]{7,20}$'")
@Check('person_student_has_no_phone', "NOT ('STUDENT' = ANY (roles)) OR phone IS NULL")
@Check('person_student_role_alone', "NOT ('STUDENT' = ANY (roles)) OR cardinality(roles) = 1")
@Index('person_name_idx', ['displayName', 'id'])
@Index('person_partner_idx', ['partnerId', 'displayName', 'id'])
// UNIQUE on lower(email) WHERE email IS NOT NULL: TypeORM cannot declare an expression index, so
// it is listed with synchronize: false (TypeORM leaves it to the migration and never touches it).
@Index('person_email_uq', { synchronize: false })
// --- roster import, rollover --- (migration 1732300000500; expression and partial indexes)
@Check('person_external_id_check', 'length(external_id) BETWEEN 1 AND 64')
@Check('person_only_students_leave', "left_on IS NULL OR 'STUDENT' = ANY (roles)")
@Index('person_external_id_uq', { synchronize: false })
@Index('person_name_key_idx', { synchronize: false })
@Index('person_left_on_idx', { synchronize: false })
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** No foreign key to partner_projection: the projection is eventually consistent. */
  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'smallint', nullable: true })
  yearGroup!: number | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** Adults only, like email. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  // --- roster import, rollover ---
  /** The school's own (MIS) id for the person, from a roster import; unique within the partner. */
  @Column({ type: 'text', nullable: true })
  externalId!: string | null;

  /** YYYY-MM-DD a Year 13 student left at a rollover: they can no longer sign in. */
  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;
}
