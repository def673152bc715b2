import { partnerProjectionHandlers } from '@ekst/partner-projection';
import {
  eventCancelledHandler,
  eventScheduledHandler,
  offerExpiredHandler,
  placeOfferedHandler,
  registrationChangedHandler,
} from './events.handlers';
import {
  passwordResetRequestedHandler,
  personErasedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
} from './people.handlers';

export const handlers = [
  ...partnerProjectionHandlers,
  personRegisteredHandler,
  personUpdatedHandler,
  personErasedHandler,
  passwordResetRequestedHandler,
  eventScheduledHandler,
  registrationChangedHandler,
  placeOfferedHandler,
  offerExpiredHandler,
  eventCancelledHandler,
];
