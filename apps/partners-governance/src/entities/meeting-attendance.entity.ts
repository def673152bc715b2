import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type AttendanceStatus = 'PRESENT' | 'APOLOGIES';

/** Who came to a meeting, for which partner (quorum counts partners) (migration 1732300000200). */
@Entity({ name: 'meeting_attendance' })
@Check('meeting_attendance_status_check', "status IN ('PRESENT','APOLOGIES')")
export class MeetingAttendanceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'meeting_attendance_pk' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'meeting_attendance_pk' })
  personId!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  status!: AttendanceStatus;
}
