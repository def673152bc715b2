import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyEntity } from './survey.entity';

/**
 * The only link between a person and their answers. `token` is random and unguessable (the link
 * a reminder would carry); `personId` is cleared when the person is erased.
 */
@Entity({ name: 'survey_invitation' })
@Index('survey_invitation_token_uq', ['token'], { unique: true })
@Index('survey_invitation_survey_person_uq', ['surveyId', 'personId'], { unique: true })
@Index('survey_invitation_person_idx', ['personId'])
export class SurveyInvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  token!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'survey_invitation_survey_id_fkey' })
  survey?: SurveyEntity;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  invitedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
