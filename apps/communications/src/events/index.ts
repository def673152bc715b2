import {
  eventCancelledHandler,
  eventScheduledHandler,
  offerExpiredHandler,
  placeOfferedHandler,
  registrationChangedHandler,
} from './events.handlers';
import {
  personErasedHandler,
  personRegisteredHandler,
  personUpdatedHandler,
} from './people.handlers';

export const handlers = [
  personRegisteredHandler,
  personUpdatedHandler,
  personErasedHandler,
  eventScheduledHandler,
  registrationChangedHandler,
  placeOfferedHandler,
  offerExpiredHandler,
  eventCancelledHandler,
];
