import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CalendarScope } from '../calendar/calendar-feed';

/** A secret, revocable subscription URL; only the token's SHA-256 is stored. */
@Entity({ name: 'calendar_feed' })
@Check('calendar_feed_scope_check', "scope IN ('PARTNER','PERSON','PROGRAMME')")
@Index('calendar_feed_token_hash_uq', ['tokenHash'], { unique: true })
@Index('calendar_feed_owner_idx', ['ownerId'])
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'text' })
  scope!: CalendarScope;

  /** a partner id or a person id, by scope (PROGRAMME: the person who subscribed) */
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
