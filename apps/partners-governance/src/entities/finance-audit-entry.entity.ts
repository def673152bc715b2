import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FinanceAuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'CLOSE' | 'REOPEN';

/**
 * One change to finance data. Append-only in the database (triggers in migration 1732300000300
 * refuse UPDATE, TRUNCATE and any DELETE inside the retention period); `at` is stamped by the
 * database on insert. `id` is a sequence, so the log reads in the order it was written.
 */
@Entity({ name: 'finance_audit_entry' })
@Check(
  'finance_audit_entry_action_check',
  "action IN ('CREATE','UPDATE','DELETE','CLOSE','REOPEN')",
)
@Index('finance_audit_entry_period_idx', ['periodId', 'entityType', 'id'])
export class FinanceAuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** a person id (or an API key id): never a name */
  @Column({ type: 'text' })
  actorId!: string;

  @Column({ type: 'text' })
  actorKind!: string;

  @Column({ type: 'text', array: true })
  actorRoles!: string[];

  @Column({ type: 'text' })
  action!: FinanceAuditAction;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
