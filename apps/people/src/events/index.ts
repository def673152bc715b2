import { partnerJoinedHandler } from './partner-joined.handler';
import { partnerLeftHandler } from './partner-left.handler';

export const handlers = [partnerJoinedHandler, partnerLeftHandler];
