import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyEntity } from './survey.entity';

/** Pseudonymous: no person id. One per invitation (token), enforced by a unique index. */
@Entity({ name: 'survey_response' })
@Index('survey_response_invitation_uq', ['invitationId'], { unique: true })
@Index('survey_response_survey_idx', ['surveyId'])
// Partial index for the quote bank (migration 1732300000050), which TypeORM cannot describe.
@Index('survey_response_reflection_idx', { synchronize: false })
@Index('survey_response_paired_idx', ['surveyId', 'invitationId', 'change'], {
  where: 'change IS NOT NULL',
})
export class SurveyResponseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'survey_response_survey_id_fkey' })
  survey?: SurveyEntity;

  /**
   * Null once retention has deleted the invitation (migration 1732300000077): the response stays
   * as evidence and reaches nobody, as an erased person's does.
   */
  @Column({ type: 'uuid', nullable: true })
  invitationId!: string | null;

  @ManyToOne(() => SurveyInvitationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'invitation_id',
    foreignKeyConstraintName: 'survey_response_invitation_id_fkey',
  })
  invitation?: SurveyInvitationEntity;

  /** item answers in order, 1–5 */
  @Column({ type: 'jsonb' })
  answers!: number[];

  /** the answer to the reflection question; cleared on erasure, since free text can identify */
  @Column({ type: 'text', nullable: true })
  reflection!: string | null;

  /** on the instrument's own scale; null when incomplete (never, as submissions are complete) */
  @Column({ type: 'numeric', nullable: true })
  score!: string | null;

  /**
   * For a POST response: its score minus the same person's PRE score for the event (same
   * instrument), paired when it is submitted. Kept on erasure: the change stays in aggregate
   * statistics though nothing links it to a person any more.
   */
  @Column({ type: 'numeric', nullable: true })
  change!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  respondedAt!: Date;
}
