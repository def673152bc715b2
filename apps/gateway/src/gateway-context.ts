import type { Caller } from '@ekst/auth';
import type { RequestState } from './http/request-state.middleware';

/** The Apollo context of one request: established before any operation runs. */
export interface GatewayContext {
  readonly caller: Caller;
  readonly requestId: string;
  readonly requestState: RequestState;
}
