import type { EventHandler } from '@ekst/messaging';
import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';
import { personErasedHandler } from './person-erased.handler';
import { personRegisteredHandler } from './person-registered.handler';

export const handlers: EventHandler[] = [
  partnerJoinedHandler,
  partnerLeftHandler,
  personRegisteredHandler,
  personErasedHandler,
];
