import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type ActionStatus = 'OPEN' | 'DONE' | 'DROPPED';

/** Something a named person must do, set at a meeting; open ones carry over (migration 1732300000200). */
@Entity({ name: 'action_item' })
@Check('action_item_status_check', "status IN ('OPEN','DONE','DROPPED')")
@Index('action_item_group_idx', ['groupId', 'status'])
@Index('action_item_owner_idx', ['ownerId'])
export class ActionItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text' })
  status!: ActionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
