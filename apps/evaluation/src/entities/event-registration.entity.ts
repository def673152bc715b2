import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { REGISTRATION_STATUSES } from '@ekst/contracts';

/**
 * Who holds a place at which event, from events' RegistrationChanged (the newest status wins;
 * one key per event keeps them in order). A PRE survey invites exactly these people. Ids and a
 * status only; deleted on PersonErased.
 */
@Entity({ name: 'event_registration' })
@Check(
  'event_registration_status_check',
  "status IN ('REGISTERED','WAITLISTED','OFFERED','CANCELLED','ATTENDED','NO_SHOW')",
)
@Index('event_registration_person_idx', ['personId'])
export class EventRegistrationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'event_registration_pkey' })
  eventId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'event_registration_pkey' })
  personId!: string;

  @Column({ type: 'text' })
  status!: (typeof REGISTRATION_STATUSES)[number];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
