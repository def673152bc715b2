import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type DecisionOutcome = 'CARRIED' | 'REJECTED' | 'DEFERRED';

/** A motion decided at a meeting, with votes if any were counted (migration 1732300000200). */
@Entity({ name: 'meeting_decision' })
@Check('meeting_decision_outcome_check', "outcome IN ('CARRIED','REJECTED','DEFERRED')")
@Check(
  'meeting_decision_votes_check',
  'coalesce(votes_for, 0) >= 0 AND coalesce(votes_against, 0) >= 0 AND coalesce(abstentions, 0) >= 0',
)
@Index('meeting_decision_meeting_idx', ['meetingId'])
export class MeetingDecisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'text' })
  motion!: string;

  @Column({ type: 'text' })
  outcome!: DecisionOutcome;

  @Column({ type: 'integer', nullable: true })
  votesFor!: number | null;

  @Column({ type: 'integer', nullable: true })
  votesAgainst!: number | null;

  @Column({ type: 'integer', nullable: true })
  abstentions!: number | null;

  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
