import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { EventRoleKind } from '../domain/event-role';
import { EventEntity } from './event.entity';

/** Who runs an event besides its participants. Mirrors migrations 1732300000004 and 1732300000200 (student organisers). */
@Entity({ name: 'event_role' })
@Check(
  'event_role_role_check',
  "role IN ('ORGANISER','TEACHER_IN_CHARGE','AMBASSADOR','STUDENT_ORGANISER')",
)
@Index('event_role_person_idx', ['personId'])
export class EventRoleEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_role_event_id_fkey' })
  event?: EventEntity;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: EventRoleKind;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  assignedAt!: Date;
}
