import { done, isUuid, refused } from '@ekst/subgraph-kit';
import { mayRevokeSessionsOf } from '../domain/person-visibility';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { revokeAllSessionsOf } from './session-revocation';

/**
 * Signs a person out everywhere (a lost device, or the coordinator suspending access): the
 * coordinator or the person themself.
 */
export async function revokeSessionsOf(
  deps: PeopleDeps,
  { personId }: { personId: string },
): Promise<PeopleResult<{ revoked: number }>> {
  if (!mayRevokeSessionsOf(deps.caller, personId))
    return refused('You cannot sign this person out');
  if (!isUuid(personId)) return done({ revoked: 0 });
  return deps.transaction(async ({ manager: m }) =>
    done({ revoked: await revokeAllSessionsOf(m, personId.toLowerCase(), 'REVOKED') }),
  );
}
