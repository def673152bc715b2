import type { Role } from '@ekst/auth';

/** What a people-issued access token says about its holder's rights (see `issueTokens`). */
export interface AccessClaims {
  readonly partnerId: string;
  readonly roles: readonly Role[];
}

/**
 * Whether a change to a person makes the access tokens already issued to them wrong: their roles
 * (as a set: order and repeats mean nothing) or their partner. Such tokens would keep rights the
 * person no longer has, or act for the wrong school, until they expire; so their sessions end.
 * A change of name, year group or contact details leaves the tokens true.
 */
export function accessClaimsChanged(before: AccessClaims, after: AccessClaims): boolean {
  if (before.partnerId.toLowerCase() !== after.partnerId.toLowerCase()) return true;
  const was = new Set(before.roles);
  const now = new Set(after.roles);
  return was.size !== now.size || [...was].some((r) => !now.has(r));
}
