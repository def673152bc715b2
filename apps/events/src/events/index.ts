import type { EventHandler } from '@ekst/messaging';
import { partnerProjectionHandlers } from '@ekst/partner-projection';
import { consentChangedHandler } from './consent-changed.handler';
import { personErasedHandler } from './person-erased.handler';
import { personLeftHandler } from './person-left.handler';
import { personRegisteredHandler } from './person-registered.handler';
import { personUpdatedHandler } from './person-updated.handler';
import { safeguardingChangedHandler } from './safeguarding-changed.handler';
import {
  swapScheduledHandler,
  swapWithdrawnHandler,
  swapWithdrawnV1Handler,
} from './teacher-swap-visit.handlers';
import { termCalendarChangedHandler } from './term-calendar-changed.handler';
// --- groups, meetings, proposals ---
import { proposalApprovedHandler } from './student-voice-proposal.handler';

export const handlers: EventHandler[] = [
  ...partnerProjectionHandlers,
  personRegisteredHandler,
  personUpdatedHandler,
  consentChangedHandler,
  safeguardingChangedHandler,
  personErasedHandler,
  personLeftHandler,
  swapScheduledHandler,
  swapWithdrawnHandler,
  swapWithdrawnV1Handler,
  termCalendarChangedHandler,
  // --- groups, meetings, proposals ---
  proposalApprovedHandler,
];
