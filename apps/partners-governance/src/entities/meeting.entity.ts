import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A meeting of one group (migration 1732300000200). */
@Entity({ name: 'meeting' })
@Index('meeting_group_idx', ['groupId', 'startsAt'])
export class MeetingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'text', nullable: true })
  onlineUrl!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
