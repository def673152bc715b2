import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EventRoleAtEvent } from '../domain/person-visibility';

/**
 * Who is registered for which event (from RegistrationChanged): the host's staff and the event's
 * organisers may see these people's names. `eventEndsAt` is copied from the event so the rows
 * leave with the visibility window (retention policy in module.ts); null until the event is known.
 */
@Entity({ name: 'event_registration_projection' })
@Index('event_registration_projection_person_idx', ['personId'])
@Index('event_registration_projection_event_idx', ['eventId'])
export class EventRegistrationProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  registrationId!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'timestamptz', nullable: true })
  eventEndsAt!: Date | null;
}

/** Who holds which role at which event (from EventRoleAssigned / EventRoleRemoved). */
@Entity({ name: 'event_role_projection' })
@Index('event_role_projection_person_idx', ['personId'])
export class EventRoleProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: EventRoleAtEvent;

  @Column({ type: 'timestamptz', nullable: true })
  eventEndsAt!: Date | null;
}
