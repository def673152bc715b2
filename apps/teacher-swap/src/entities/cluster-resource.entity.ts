import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A resource shared in a cluster: a link or a file reference (migration 1732300000040). */
@Entity({ name: 'cluster_resource' })
@Index('cluster_resource_cluster_idx', ['clusterId', 'createdAt'])
export class ClusterResourceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  clusterId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  fileReference!: string | null;

  @Column({ type: 'text', nullable: true })
  examCourse!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** null once the person who added it is erased: the resource stays with the cluster */
  @Column({ type: 'uuid', nullable: true })
  addedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
