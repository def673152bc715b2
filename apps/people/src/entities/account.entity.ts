import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's password, as a self-describing scrypt hash (see domain/password-hash.ts). */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordSetAt!: Date;
}
