import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '@ekst/contracts';

/** A person's membership of a group over time; leaving sets `toOn` (migration 1732300000200). */
@Entity({ name: 'group_membership' })
@Check('group_membership_role_check', "role IN ('CHAIR','CHAMPION','MEMBER')")
@Check('group_membership_dates_check', 'to_on IS NULL OR to_on >= from_on')
@Index('group_membership_group_idx', ['groupId', 'partnerId'])
@Index('group_membership_person_idx', ['personId'])
// One open membership per person and group, whatever races past the use case's check.
@Index('group_membership_open_uq', ['groupId', 'personId'], {
  unique: true,
  where: 'to_on IS NULL',
})
export class GroupMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @Column({ type: 'date' })
  fromOn!: string;

  @Column({ type: 'date', nullable: true })
  toOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
