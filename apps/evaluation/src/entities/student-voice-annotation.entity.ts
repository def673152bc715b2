import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { SurveyResponseEntity } from './survey-response.entity';

/** The coordinator's theme tags and publishable flag on one reflection (no person, no author). */
@Entity({ name: 'student_voice_annotation' })
@Index('student_voice_annotation_themes_idx', { synchronize: false })
export class StudentVoiceAnnotationEntity {
  @PrimaryColumn({ type: 'uuid' })
  responseId!: string;

  @OneToOne(() => SurveyResponseEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'response_id',
    foreignKeyConstraintName: 'student_voice_annotation_response_id_fkey',
  })
  response?: SurveyResponseEntity;

  @Column({ type: 'boolean', default: false })
  publishable!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  annotatedAt!: Date;
}
