import type { EventHandler } from '@ekst/messaging';
import { eventScheduledHandler } from './event-scheduled.handler';
import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';

export const handlers: EventHandler[] = [
  partnerJoinedHandler,
  partnerLeftHandler,
  eventScheduledHandler,
];
