import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';
import { personErasedHandler } from './person-erased.handler';
import { personRegisteredHandler } from './person-registered.handler';

export const handlers = [
  partnerJoinedHandler,
  partnerLeftHandler,
  personRegisteredHandler,
  personErasedHandler,
];
