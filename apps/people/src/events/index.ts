import { partnerProjectionHandlers } from '@ekst/partner-projection';
import {
  eventRoleAssignedHandler,
  eventRoleRemovedHandler,
  eventScheduledHandler,
  registrationChangedHandler,
} from './event-contacts.handlers';
// --- groups, meetings, proposals ---
import { groupMembershipChangedHandler } from './group-membership.handler';

export const handlers = [
  ...partnerProjectionHandlers,
  eventScheduledHandler,
  registrationChangedHandler,
  eventRoleAssignedHandler,
  eventRoleRemovedHandler,
  // --- groups, meetings, proposals ---
  groupMembershipChangedHandler,
];
