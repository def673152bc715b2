import type { Role } from './roles';

/**
 * Who is asking, as established by the gateway. People authenticate with a JWT; associate
 * partners' systems with an API key (kind 'api-key', role ASSOCIATE, no person behind it).
 */
export interface Caller {
  /** 'anonymous': no credentials; the gateway lets these through only for sign-in mutations */
  readonly kind: 'person' | 'api-key' | 'anonymous';
  /** person id, or api key id */
  readonly subject: string;
  readonly roles: readonly Role[];
  /** the partner the caller belongs to, when there is one */
  readonly partnerId: string | null;
  /** the people-service session the caller's token belongs to, when it has one */
  readonly sessionId?: string | null;
  /** an API key's scopes (kind 'api-key' only): what the partner's system may read */
  readonly scopes?: readonly string[];
}

export function hasRole(caller: Caller | null, ...roles: Role[]): boolean {
  return caller !== null && caller.roles.some((r) => roles.includes(r));
}

export function isCoordinator(caller: Caller | null): boolean {
  return hasRole(caller, 'COORDINATOR');
}

/**
 * Who may act on data rights (issue 20): answer a subject access request, read the access log and
 * the retention record. The coordinator, and the data protection lead the coordinator appointed.
 * API keys never: a partner's system has no person behind it to be accountable.
 */
export function mayActOnDataRights(caller: Caller | null): boolean {
  return (
    caller !== null &&
    caller.kind === 'person' &&
    hasRole(caller, 'COORDINATOR', 'DATA_PROTECTION_LEAD')
  );
}
