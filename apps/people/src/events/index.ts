import { partnerProjectionHandlers } from '@ekst/partner-projection';
import {
  eventRoleAssignedHandler,
  eventRoleRemovedHandler,
  eventScheduledHandler,
  registrationChangedHandler,
} from './event-contacts.handlers';

export const handlers = [
  ...partnerProjectionHandlers,
  eventScheduledHandler,
  registrationChangedHandler,
  eventRoleAssignedHandler,
  eventRoleRemovedHandler,
];
