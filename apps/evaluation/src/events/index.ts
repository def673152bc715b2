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
import { registrationChangedHandler } from './registration-changed.handler';
import { swapCompletedHandler } from './swap-completed.handler';
import { swapReflectedHandler } from './swap-reflected.handler';

export const handlers: EventHandler[] = [
  ...partnerProjectionHandlers,
  eventScheduledHandler,
  eventCompletedHandler,
  attendanceRecordedHandler,
  registrationChangedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
  personErasedHandler,
  swapCompletedHandler,
  swapReflectedHandler,
];
