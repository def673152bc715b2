import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person's membership of a cluster; a lead may add members (migration 1732300000040). */
@Entity({ name: 'subject_cluster_member' })
@Index('subject_cluster_member_person_idx', ['personId'])
export class SubjectClusterMemberEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'subject_cluster_member_pk' })
  clusterId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'subject_cluster_member_pk' })
  personId!: string;

  @Column({ type: 'boolean', default: false })
  lead!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
