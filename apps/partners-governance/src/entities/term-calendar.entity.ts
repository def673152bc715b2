import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { TermDateKind } from '@ekst/contracts';
import { PartnerEntity } from './partner.entity';

/** One dated range in a partner's calendar for an academic year. Mirrors migration 1732300000100. */
@Entity({ name: 'term_calendar_entry' })
@Check('term_calendar_entry_kind_check', "kind IN ('TERM','HOLIDAY','INSET_DAY','EXAM_PERIOD')")
@Check('term_calendar_entry_dates_check', 'ends_on >= starts_on')
@Index('term_calendar_entry_partner_year_idx', ['partnerId', 'academicYear'])
export class TermCalendarEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'term_calendar_entry_partner_id_fkey',
  })
  partner?: PartnerEntity;

  @Column({ type: 'text' })
  academicYear!: string;

  @Column({ type: 'text' })
  kind!: TermDateKind;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', nullable: true })
  label!: string | null;
}
