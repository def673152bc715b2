import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { openPostSurvey } from '../use-cases/open-post-survey.use-case';

/** The event happened: open its POST survey and invite the attendees. */
export const eventCompletedHandler = defineHandler(EventEvents.completed, ({ manager: m }, p) =>
  openPostSurvey(m, p),
);
