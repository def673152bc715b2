import { partnerProjectionHandlers } from '@ekst/partner-projection';
import { personErasedHandler } from './person-erased.handler';
import { personRegisteredHandler } from './person-registered.handler';

export const handlers = [
  ...partnerProjectionHandlers,
  personRegisteredHandler,
  personErasedHandler,
];
