import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { EventKind } from '../domain/event';
import { EventEntity } from '../entities/event.entity';

/** A group that meets all year, e.g. the partnership choir. Mirrors migration 1732300000600. */
@Entity({ name: 'standing_group' })
@Check('standing_group_title_check', 'length(title) BETWEEN 3 AND 200')
@Check(
  'standing_group_kind_check',
  "kind IN ('TEACHMEET','CPD','SUBJECT_CLUSTER','CHOIR','SPORT','OUTDOOR_LEARNING','WELLBEING','BAKE_OFF','STUDENT_VOICE','TEACHER_SWAP_VISIT','OTHER')",
)
export class StandingGroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** A member, from any partner; `leftAt` is set when they leave (the row stays, for history). */
@Entity({ name: 'standing_group_member' })
@Index('standing_group_member_person_idx', ['personId'])
export class StandingGroupMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => StandingGroupEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'standing_group_member_group_id_fkey' })
  group?: StandingGroupEntity;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}

/** An ordinary event that is one session (rehearsal, performance) of a group; at most one group. */
@Entity({ name: 'standing_group_session' })
@Index('standing_group_session_group_idx', ['groupId'])
export class StandingGroupSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'event_id',
    foreignKeyConstraintName: 'standing_group_session_event_id_fkey',
  })
  event?: EventEntity;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => StandingGroupEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'group_id',
    foreignKeyConstraintName: 'standing_group_session_group_id_fkey',
  })
  group?: StandingGroupEntity;
}
