import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Instrument } from '../domain/instruments';
import type { SurveyPhase, SurveyStatus } from '../domain/survey';

/** Mirrors migration 1732300000002 by name, so the schema diff is empty. */
@Entity({ name: 'survey' })
@Check('survey_phase_check', "phase IN ('PRE','POST')")
@Check(
  'survey_instrument_check',
  "instrument IN ('SWEMWBS','WEMWBS','STIRLING','BRIEF_RESILIENCE','CUSTOM')",
)
@Check('survey_status_check', "status IN ('DRAFT','OPEN','CLOSED')")
@Check('survey_closes_after_opening', 'closes_at > opens_at')
@Index('survey_event_phase_instrument_uq', ['eventId', 'phase', 'instrument'], { unique: true })
@Index('survey_open_idx', ['closesAt'], { where: "status IN ('OPEN','DRAFT')" })
export class SurveyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  phase!: SurveyPhase;

  @Column({ type: 'text' })
  instrument!: Instrument;

  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'text' })
  status!: SurveyStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
