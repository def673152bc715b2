import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EVENT_KINDS } from '@ekst/contracts';

export type ProposalStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';
export type ProposalAudience = 'STUDENTS' | 'TEACHERS' | 'BOTH';

/**
 * An event a Student Voice member proposes, decided by the Management Group at a meeting
 * (migration 1732300000200). `proposerIds` holds the proposer first, then the co-proposers.
 */
@Entity({ name: 'student_voice_proposal' })
@Check('student_voice_proposal_status_check', "status IN ('PROPOSED','APPROVED','REJECTED')")
@Check('student_voice_proposal_audience_check', "audience IN ('STUDENTS','TEACHERS','BOTH')")
@Check('student_voice_proposal_proposers_check', 'cardinality(proposer_ids) >= 1')
@Index('student_voice_proposal_partner_idx', ['partnerId'])
export class StudentVoiceProposalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: (typeof EVENT_KINDS)[number];

  @Column({ type: 'text' })
  audience!: ProposalAudience;

  @Column({ type: 'text', array: true })
  aims!: string[];

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'text' })
  studentsWillHelpWith!: string;

  @Column({ type: 'uuid', array: true })
  proposerIds!: string[];

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  status!: ProposalStatus;

  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
