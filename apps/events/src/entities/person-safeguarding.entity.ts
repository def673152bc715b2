import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Until when an adult may work with children, from people's SafeguardingStatusChanged. */
@Entity({ name: 'person_safeguarding' })
export class PersonSafeguardingEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  /** ISO date; null when there is no valid check. */
  @Column({ type: 'date', nullable: true })
  clearedUntil!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
