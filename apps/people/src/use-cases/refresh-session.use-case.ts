import { done, rejected, userError } from '@ekst/subgraph-kit';
import { newRefreshSecret, parseRefreshToken, sha256 } from '../auth/secrets';
import { PersonEntity } from '../entities/person.entity';
import { SessionEntity } from '../entities/session.entity';
import { issueTokens } from './issue-session';
import type { IssuedSession } from './issue-session';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { revokeSessions } from './session-revocation';

const invalidRefresh = () =>
  rejected(userError('INVALID_REFRESH_TOKEN', 'sign in again', 'refreshToken'));

/**
 * Rotates the refresh token (no token needed) and issues a new access token with the person's
 * current roles. A refresh token that was already rotated away means someone kept a copy: the
 * whole session is revoked, for the thief and the owner alike (the owner signs in again).
 */
export async function refreshSession(
  deps: PeopleDeps,
  { refreshToken }: { refreshToken: string },
): Promise<PeopleResult<IssuedSession>> {
  const now = deps.clock.now();
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return invalidRefresh();
  const hash = sha256(parsed.secret);
  const signer = await deps.signer();
  return deps.transaction(async ({ manager: m }): Promise<PeopleResult<IssuedSession>> => {
    const session = await m
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id: parsed.sessionId })
      .getOne();
    if (!session || session.expiresAt.getTime() <= now.getTime()) return invalidRefresh();
    if (session.refreshHash !== hash) {
      if (session.previousRefreshHash === hash)
        await revokeSessions(m, [session.id], 'REFRESH_REUSE');
      return invalidRefresh();
    }
    const person = await m.getRepository(PersonEntity).findOneBy({ id: session.personId });
    if (!person || person.leftOn !== null) return invalidRefresh();
    const secret = newRefreshSecret();
    session.previousRefreshHash = session.refreshHash;
    session.refreshHash = sha256(secret);
    session.refreshedAt = now;
    await m.getRepository(SessionEntity).save(session);
    return done(await issueTokens(signer, person, session, secret, now));
  });
}
