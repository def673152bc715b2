import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { surveyWindowSettings } from '../config';
import { openPostSurveys } from '../use-cases/survey-windows.use-case';

/**
 * The event happened: it is COMPLETED in the projection (unless cancelled), and its POST surveys
 * open for the configured period with invitations for the attendees. Runs in the inbox
 * transaction, so a redelivered EventCompleted changes nothing. An event evaluation never heard
 * of (announced before it subscribed) has no programme data to evaluate against: nothing opens.
 */
export const eventCompletedHandler = defineHandler(
  EventEvents.completed,
  async ({ manager: m, clock }, p) => {
    await m.query(
      `UPDATE event_projection SET status = 'COMPLETED', completed_at = $2, updated_at = now()
       WHERE id = $1 AND status <> 'CANCELLED'`,
      [p.eventId, p.completedAt],
    );
    await openPostSurveys(
      m,
      p.eventId,
      new Date(p.completedAt),
      p.attendeeIds,
      surveyWindowSettings().postSurveyOpenDays,
      clock.now(),
    );
  },
);
