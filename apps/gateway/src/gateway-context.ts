import type { GatewayCaller } from './auth/verify-caller';
import type { RequestState } from './http/request-state.middleware';

/** The Apollo context of one request: established before any operation runs. */
export interface GatewayContext {
  readonly caller: GatewayCaller;
  readonly requestId: string;
  readonly requestState: RequestState;
}
