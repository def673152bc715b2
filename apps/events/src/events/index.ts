import type { EventHandler } from '@ekst/messaging';
import { consentChangedHandler } from './consent-changed.handler';
import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';
import { personErasedHandler } from './person-erased.handler';
import { personRegisteredHandler } from './person-registered.handler';
import { personUpdatedHandler } from './person-updated.handler';
import { safeguardingChangedHandler } from './safeguarding-changed.handler';

export const handlers: EventHandler[] = [
  partnerJoinedHandler,
  partnerLeftHandler,
  personRegisteredHandler,
  personUpdatedHandler,
  consentChangedHandler,
  safeguardingChangedHandler,
  personErasedHandler,
];
