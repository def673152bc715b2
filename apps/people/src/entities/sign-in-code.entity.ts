import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A single-use, short-lived sign-in code; only its SHA-256 is stored. */
@Entity({ name: 'sign_in_code' })
@Index('sign_in_code_hash_uq', ['codeHash'], { unique: true })
@Index('sign_in_code_person_idx', ['personId'])
export class SignInCodeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
