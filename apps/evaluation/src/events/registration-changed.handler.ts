import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { PRE_INVITEE_STATUSES } from '../domain/survey-windows';
import { inviteToEventSurveys } from '../use-cases/survey-windows.use-case';

/**
 * Who holds a place where: a PRE survey invites exactly them. One key per event keeps an event's
 * registrations in order, so the last status wins. Someone who takes a place while the PRE survey
 * is open is invited at once; someone who gives it up loses an invitation they have not answered.
 */
export const registrationChangedHandler = defineHandler(
  EventEvents.registrationChanged,
  async ({ manager: m, clock }, p) => {
    // events' topic is read apart from people's: a registration can arrive after its person's
    // PersonErased, and must not bring them back
    const erased = (await m.query(
      `SELECT 1 FROM erased_person WHERE id_hash = sha256(convert_to($1::uuid::text, 'UTF8'))`,
      [p.personId],
    )) as unknown[];
    if (erased.length > 0) return;
    await m.query(
      `INSERT INTO event_registration (event_id, person_id, status, updated_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (event_id, person_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()`,
      [p.eventId, p.personId, p.status],
    );
    if ((PRE_INVITEE_STATUSES as readonly string[]).includes(p.status)) {
      await inviteToEventSurveys(m, p.eventId, clock.now());
    } else if (p.status === 'CANCELLED' || p.status === 'WAITLISTED') {
      await m.query(
        `DELETE FROM survey_invitation i USING survey s
         WHERE s.id = i.survey_id AND s.event_id = $1 AND s.phase = 'PRE' AND s.status = 'OPEN'
           AND i.person_id = $2 AND i.responded_at IS NULL`,
        [p.eventId, p.personId],
      );
    }
  },
);
