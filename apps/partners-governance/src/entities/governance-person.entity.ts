import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@ekst/auth';

/**
 * What partners-governance knows of people, fed by people's PersonRegistered/Updated and deleted
 * by PersonErased: partner, roles and whether they are a student. Never a name: names come from
 * the people subgraph through `Person`.
 */
@Entity({ name: 'governance_person' })
export class GovernancePersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'boolean' })
  isStudent!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
