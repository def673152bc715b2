import { done } from '@ekst/subgraph-kit';
import { parseRefreshToken, sha256 } from '../auth/secrets';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { revokeSessions } from './session-revocation';

/**
 * Ends the session the refresh token belongs to (no token needed); its access tokens are refused
 * within seconds. The token just rotated away counts too: a refresh may have crossed the sign-out.
 * An unknown token is not an error: there is simply nothing to end.
 */
export async function signOut(
  deps: PeopleDeps,
  { refreshToken }: { refreshToken: string },
): Promise<PeopleResult<{ signedOut: boolean }>> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return done({ signedOut: false });
  const hash = sha256(parsed.secret);
  return deps.transaction(async ({ manager: m }) => {
    const rows = (await m.query(
      `SELECT id FROM session WHERE id = $1 AND (refresh_hash = $2 OR previous_refresh_hash = $2) FOR UPDATE`,
      [parsed.sessionId, hash],
    )) as Array<{ id: string }>;
    const ended = await revokeSessions(
      m,
      rows.map((r) => r.id),
      'SIGN_OUT',
    );
    return done({ signedOut: ended > 0 });
  });
}
