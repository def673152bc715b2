import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type RevocationReason =
  | 'SIGN_OUT'
  | 'REFRESH_REUSE'
  | 'REVOKED'
  | 'ERASURE'
  | 'PASSWORD_CHANGE'
  /** the person's roles or partner changed: their tokens claim rights they no longer have */
  | 'ACCESS_CHANGE';

/** Revoked session ids, which the gateway polls; no link to the person once the session is gone. */
@Entity({ name: 'session_revocation' })
@Check(
  'session_revocation_reason_check',
  "reason IN ('SIGN_OUT','REFRESH_REUSE','REVOKED','ERASURE','PASSWORD_CHANGE','ACCESS_CHANGE')",
)
@Index('session_revocation_revoked_at_idx', ['revokedAt'])
export class SessionRevocationEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  reason!: RevocationReason;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  revokedAt!: Date;
}
