import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type FinancePeriodStatus = 'OPEN' | 'CLOSED';

/** An academic year of finance ("2026-27"); mirrors migration 1732300000300. */
@Entity({ name: 'finance_period' })
@Check('finance_period_academic_year_check', "academic_year ~ '^[0-9]{4}-[0-9]{2}$'")
@Check('finance_period_status_check', "status IN ('OPEN','CLOSED')")
@Check('finance_period_dates_check', 'ends_on > starts_on')
@Index('finance_period_academic_year_uq', ['academicYear'], { unique: true })
export class FinancePeriodEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  academicYear!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text' })
  status!: FinancePeriodStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
