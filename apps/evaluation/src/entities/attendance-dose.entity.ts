import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Recorded attendance, from events' AttendanceRecorded: a student's dose is the number of events
 * they ATTENDED in an academic year. The newest record per person and event wins.
 */
@Entity({ name: 'attendance_dose' })
@Check('attendance_dose_status_check', "status IN ('ATTENDED','NO_SHOW')")
@Index('attendance_dose_year_person_idx', ['academicYear', 'personId'], {
  where: "status = 'ATTENDED'",
})
// the POST window's attendees of one event (survey-windows.use-case.ts)
@Index('attendance_dose_event_person_idx', ['eventId', 'personId'], {
  where: "status = 'ATTENDED'",
})
export class AttendanceDoseEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  status!: 'ATTENDED' | 'NO_SHOW';

  @Column({ type: 'int' })
  academicYear!: number;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
