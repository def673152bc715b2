import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An associate partner's API key (migration 1732300000400). Holds the keyed hash of the secret,
 * never the secret. No foreign key to `partner`: the use case checks the partner exists and is an
 * associate when it issues a key, and partners are never deleted.
 */
@Entity({ name: 'api_key' })
@Index('api_key_partner_idx', ['partnerId'])
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** `ekst_live_<id>`: the part of the key that may be shown again */
  @Column({ type: 'text' })
  displayPrefix!: string;

  /** HMAC-SHA-256(pepper, secret) */
  @Column({ type: 'bytea' })
  secretHash!: Buffer;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  /** SHA-256 hashes of the only operations the key may run; null: any contract operation */
  @Column({ type: 'text', array: true, nullable: true })
  trustedOperations!: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** the coordinator who issued it (a person id) */
  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;
}
