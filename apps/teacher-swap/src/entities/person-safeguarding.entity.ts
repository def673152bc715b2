import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Until when people says a person may work with children (SafeguardingStatusChanged): the host
 * school's confirmation of a visitor's checks is refused unless this covers the whole swap.
 * Metadata only, never the certificate. Mirrors migration 1732300000010.
 */
@Entity({ name: 'person_safeguarding' })
export class PersonSafeguardingEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'date', nullable: true })
  clearedUntil!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
