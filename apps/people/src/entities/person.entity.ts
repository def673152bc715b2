import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@ekst/auth';

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** No foreign key to partner_projection: the projection is eventually consistent. */
  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'smallint', nullable: true })
  yearGroup!: number | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
