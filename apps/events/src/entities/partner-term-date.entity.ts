import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A range of a partner's term calendar, projected from TermCalendarChanged. Mirrors migration 1732300000100. */
@Entity({ name: 'partner_term_date' })
@Check('partner_term_date_kind_check', "kind IN ('TERM','HOLIDAY','INSET_DAY','EXAM_PERIOD')")
@Check('partner_term_date_dates_check', 'ends_on >= starts_on')
@Index('partner_term_date_partner_dates_idx', ['partnerId', 'startsOn', 'endsOn'])
export class PartnerTermDateEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'partner_term_date_pkey' })
  partnerId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'partner_term_date_pkey' })
  academicYear!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'partner_term_date_pkey' })
  position!: number;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  label!: string | null;
}
