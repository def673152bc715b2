import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-in session: its id is the `sid` of every access token issued for it; only the hash of
 * the current refresh token is stored, and each refresh replaces it (rotation).
 */
@Entity({ name: 'session' })
@Index('session_person_idx', ['personId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  refreshHash!: string;

  /** The refresh token just replaced: presenting it again means it was copied. */
  @Column({ type: 'text', nullable: true })
  previousRefreshHash!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  refreshedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
