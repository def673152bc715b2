import type { EventHandler } from '@ekst/messaging';
import { partnerProjectionHandlers } from '@ekst/partner-projection';
import { attendanceRecordedHandler } from './attendance-recorded.handler';
import { eventCompletedHandler } from './event-completed.handler';
import { eventScheduledHandler } from './event-scheduled.handler';
import {
  personErasedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
} from './person-projection.handlers';
import { swapCompletedHandler } from './swap-completed.handler';
import { swapReflectedHandler } from './swap-reflected.handler';

export const handlers: EventHandler[] = [
  ...partnerProjectionHandlers,
  eventScheduledHandler,
  eventCompletedHandler,
  attendanceRecordedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
  personErasedHandler,
  swapCompletedHandler,
  swapReflectedHandler,
];
