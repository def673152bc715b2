import type { EventHandler } from '@ekst/messaging';
import { attendanceRecordedHandler } from './attendance-recorded.handler';
import { eventCompletedHandler } from './event-completed.handler';
import { eventScheduledHandler } from './event-scheduled.handler';
import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';
import {
  personErasedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
} from './person-projection.handlers';

export const handlers: EventHandler[] = [
  partnerJoinedHandler,
  partnerLeftHandler,
  eventScheduledHandler,
  eventCompletedHandler,
  attendanceRecordedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
  personErasedHandler,
];
