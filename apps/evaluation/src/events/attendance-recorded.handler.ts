import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { academicYearOf } from '../domain/statistics';

/**
 * Attendance can be corrected (a no-show who did come): the record with the newest recordedAt
 * wins, whatever order they arrive in. The academic year is the event's when evaluation knows
 * the event, else that of the recording.
 */
export const attendanceRecordedHandler = defineHandler(
  EventEvents.attendanceRecorded,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO attendance_dose (person_id, event_id, status, academic_year, recorded_at)
       VALUES ($1, $2, $3, COALESCE((SELECT academic_year FROM event_projection WHERE id = $2), $4), $5)
       ON CONFLICT (person_id, event_id) DO UPDATE SET
         status = EXCLUDED.status, academic_year = EXCLUDED.academic_year, recorded_at = EXCLUDED.recorded_at
       WHERE attendance_dose.recorded_at <= EXCLUDED.recorded_at`,
      [p.personId, p.eventId, p.status, academicYearOf(new Date(p.recordedAt)), p.recordedAt],
    );
  },
);
