import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { newRefreshSecret, sha256 } from '../auth/secrets';
import type { TokenSigner } from '../auth/token-signer';
import type { PersonEntity } from '../entities/person.entity';
import { SessionEntity } from '../entities/session.entity';

/** What every way of signing in answers with (the schema's `AuthSession`). */
export interface IssuedSession {
  personId: string;
  roles: PersonEntity['roles'];
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Students sign in on shared school computers: their sessions end the same day. */
const STUDENT_SESSION_MS = 12 * 60 * 60 * 1000;
const ADULT_SESSION_MS = 14 * 24 * 60 * 60 * 1000;

/** Starts a session in the caller's transaction and issues its first pair of tokens. */
export async function startSession(
  m: EntityManager,
  signer: TokenSigner,
  person: PersonEntity,
  now: Date,
): Promise<IssuedSession> {
  const secret = newRefreshSecret();
  const session = m.getRepository(SessionEntity).create({
    id: randomUUID(),
    personId: person.id,
    refreshHash: sha256(secret),
    previousRefreshHash: null,
    createdAt: now,
    refreshedAt: now,
    expiresAt: new Date(
      now.getTime() + (person.roles.includes('STUDENT') ? STUDENT_SESSION_MS : ADULT_SESSION_MS),
    ),
  });
  await m.getRepository(SessionEntity).insert(session);
  return issueTokens(signer, person, session, secret, now);
}

/**
 * An access token with the person's current roles and partner, and the refresh token made of the
 * session id and its (unhashed) secret.
 */
export async function issueTokens(
  signer: TokenSigner,
  person: PersonEntity,
  session: SessionEntity,
  secret: string,
  now: Date,
): Promise<IssuedSession> {
  const access = await signer.sign(
    {
      personId: person.id,
      roles: person.roles,
      partnerId: person.partnerId,
      sessionId: session.id,
    },
    now,
  );
  return {
    personId: person.id,
    roles: person.roles,
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: `${session.id}.${secret}`,
    refreshTokenExpiresAt: session.expiresAt,
  };
}
