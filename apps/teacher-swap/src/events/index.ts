import { partnerProjectionHandlers } from '@ekst/partner-projection';
import { personErasedHandler } from './person-erased.handler';
import { personRegisteredHandler } from './person-registered.handler';
import { personUpdatedHandler } from './person-updated.handler';
import { safeguardingChangedHandler } from './safeguarding-changed.handler';

export const handlers = [
  ...partnerProjectionHandlers,
  personRegisteredHandler,
  personUpdatedHandler,
  personErasedHandler,
  safeguardingChangedHandler,
];
