import {
  eventRoleAssignedHandler,
  eventRoleRemovedHandler,
  eventScheduledHandler,
  registrationChangedHandler,
} from './event-contacts.handlers';
import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';

export const handlers = [
  partnerJoinedHandler,
  partnerLeftHandler,
  eventScheduledHandler,
  registrationChangedHandler,
  eventRoleAssignedHandler,
  eventRoleRemovedHandler,
];
