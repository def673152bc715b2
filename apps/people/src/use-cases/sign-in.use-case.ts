import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import {
  hashPassword,
  needsRehash,
  verifyAgainstNothing,
  verifyPassword,
} from '../auth/password-hash';
import {
  newRefreshSecret,
  newSignInCode,
  normaliseSignInCode,
  parseRefreshToken,
  sha256,
  signInThrottleKey,
} from '../auth/secrets';
import type { TokenSigner } from '../auth/token-signer';
import { afterFailedSignIn, isLockedOut, LOCKOUT_MS } from '../domain/lockout';
import { mayCreateSignInCode } from '../domain/person-visibility';
import { AccountEntity } from '../entities/account.entity';
import { PersonEntity } from '../entities/person.entity';
import { SessionEntity } from '../entities/session.entity';
import { SignInCodeEntity } from '../entities/sign-in-code.entity';
import { SignInThrottleEntity } from '../entities/sign-in-throttle.entity';
import { revokeAllSessionsOf, revokeSessions } from './session-revocation';

export interface IssuedSession {
  personId: string;
  roles: PersonEntity['roles'];
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}
export type SignInResult =
  | { session: IssuedSession; errors: [] }
  | { session: null; errors: UserError[] };

/** Students sign in on shared school computers: their sessions end the same day. */
const STUDENT_SESSION_MS = 12 * 60 * 60 * 1000;
const ADULT_SESSION_MS = 14 * 24 * 60 * 60 * 1000;
export const SIGN_IN_CODE_TTL_MS = 15 * 60 * 1000;
export const MIN_PASSWORD_LENGTH = 12;

// One message for an unknown address, a person without a password and a wrong password, so the
// answer never tells whether an address is registered.
const invalidCredentials = (): SignInResult => ({
  session: null,
  errors: [userError('INVALID_CREDENTIALS', 'the e-mail address or password is not right')],
});
const lockedOut = (): SignInResult => ({
  session: null,
  errors: [
    userError(
      'LOCKED_OUT',
      `too many wrong passwords: sign-in with this address is paused for ${LOCKOUT_MS / 60000} minutes`,
    ),
  ],
});

async function startSession(
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
  return issue(signer, person, session, secret, now);
}

async function issue(
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

async function throttleFor(m: EntityManager, key: string): Promise<SignInThrottleEntity | null> {
  return m
    .getRepository(SignInThrottleEntity)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.key_hash = :key', { key })
    .getOne();
}

/**
 * Password sign-in with brute-force protection per e-mail address (existing or not): the fifth
 * wrong password in a row pauses the address for 15 minutes, during which even the right password
 * is refused. The password check runs outside any transaction (it takes a few hundred ms).
 */
export async function signInWithPassword(
  dataSource: DataSource,
  signer: TokenSigner,
  email: string,
  password: string,
  now = new Date(),
): Promise<SignInResult> {
  const key = signInThrottleKey(email);
  const throttle = await dataSource.getRepository(SignInThrottleEntity).findOneBy({ keyHash: key });
  if (isLockedOut(throttle, now)) return lockedOut();

  const found = (await dataSource.query(
    `SELECT p.id, a.password_hash FROM person p JOIN account a ON a.person_id = p.id
     WHERE lower(p.email) = lower($1)`,
    [email.trim()],
  )) as Array<{ id: string; password_hash: string }>;
  const ok =
    found.length === 1 && password.length <= 200
      ? await verifyPassword(password, found[0].password_hash)
      : await verifyAgainstNothing(password.slice(0, 200));

  return dataSource.transaction(async (m): Promise<SignInResult> => {
    await m.query(`INSERT INTO sign_in_throttle (key_hash) VALUES ($1) ON CONFLICT DO NOTHING`, [
      key,
    ]);
    const state = await throttleFor(m, key);
    // Re-checked under the lock: parallel guesses cannot slip past a lock-out one of them caused.
    if (isLockedOut(state, now)) return lockedOut();
    if (!ok) {
      const next = afterFailedSignIn(state, now);
      await m
        .getRepository(SignInThrottleEntity)
        .update(
          { keyHash: key },
          { failures: next.failures, lockedUntil: next.lockedUntil, updatedAt: now },
        );
      return next.lockedUntil ? lockedOut() : invalidCredentials();
    }
    await m.getRepository(SignInThrottleEntity).delete({ keyHash: key });
    const person = await m.getRepository(PersonEntity).findOneBy({ id: found[0].id });
    if (!person) return invalidCredentials();
    if (needsRehash(found[0].password_hash)) {
      await m
        .getRepository(AccountEntity)
        .update({ personId: person.id }, { passwordHash: await hashPassword(password) });
    }
    return { session: await startSession(m, signer, person, now), errors: [] };
  });
}

const invalidCode = (): SignInResult => ({
  session: null,
  errors: [
    userError(
      'INVALID_CODE',
      'this sign-in code is not right, has expired or was already used',
      'code',
    ),
  ],
});

/** Redeems a single-use code: marked used in the same transaction that starts the session. */
export async function redeemSignInCode(
  dataSource: DataSource,
  signer: TokenSigner,
  code: string,
  now = new Date(),
): Promise<SignInResult> {
  const normalised = normaliseSignInCode(code);
  if (!normalised) return invalidCode();
  return dataSource.transaction(async (m): Promise<SignInResult> => {
    const [row] = (await m.query(
      `UPDATE sign_in_code SET used_at = $2
       WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING person_id`,
      [sha256(normalised), now],
    )) as [Array<{ person_id: string }>, number];
    const personId = row[0]?.person_id;
    if (!personId) return invalidCode();
    const person = await m.getRepository(PersonEntity).findOneBy({ id: personId });
    if (!person) return invalidCode();
    return { session: await startSession(m, signer, person, now), errors: [] };
  });
}

export type CreateCodeResult =
  | { code: string; expiresAt: Date; errors: [] }
  | { code: null; expiresAt: null; errors: UserError[]; forbidden?: true };

/**
 * A school sets up a sign-in for one of its people (a student above all): a 10-character code,
 * valid for 15 minutes and once. Only its hash is stored; earlier unused codes stop working.
 */
export async function createSignInCode(
  dataSource: DataSource,
  caller: Caller,
  personId: string,
  now = new Date(),
): Promise<CreateCodeResult> {
  return dataSource.transaction(async (m): Promise<CreateCodeResult> => {
    const person = await m.getRepository(PersonEntity).findOneBy({ id: personId });
    if (!person)
      return {
        code: null,
        expiresAt: null,
        errors: [userError('NOT_FOUND', 'no such person', 'personId')],
      };
    if (!mayCreateSignInCode(caller, person))
      return { code: null, expiresAt: null, errors: [], forbidden: true };
    await m.query(`DELETE FROM sign_in_code WHERE person_id = $1 AND used_at IS NULL`, [personId]);
    const code = newSignInCode();
    const expiresAt = new Date(now.getTime() + SIGN_IN_CODE_TTL_MS);
    await m.getRepository(SignInCodeEntity).insert({
      id: randomUUID(),
      personId,
      codeHash: sha256(code),
      expiresAt,
      usedAt: null,
      createdAt: now,
    });
    return { code, expiresAt, errors: [] };
  });
}

const invalidRefresh = (): SignInResult => ({
  session: null,
  errors: [userError('INVALID_REFRESH_TOKEN', 'sign in again', 'refreshToken')],
});

/**
 * Rotates the refresh token and issues a new access token with the person's current roles. A
 * refresh token that was already rotated away means someone kept a copy: the whole session is
 * revoked, for the thief and the owner alike (the owner signs in again).
 */
export async function refreshSession(
  dataSource: DataSource,
  signer: TokenSigner,
  refreshToken: string,
  now = new Date(),
): Promise<SignInResult> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return invalidRefresh();
  const hash = sha256(parsed.secret);
  return dataSource.transaction(async (m): Promise<SignInResult> => {
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
    if (!person) return invalidRefresh();
    const secret = newRefreshSecret();
    session.previousRefreshHash = session.refreshHash;
    session.refreshHash = sha256(secret);
    session.refreshedAt = now;
    await m.getRepository(SessionEntity).save(session);
    return { session: await issue(signer, person, session, secret, now), errors: [] };
  });
}

/** Ends the session the refresh token belongs to; its access tokens are refused within seconds. */
export async function signOut(dataSource: DataSource, refreshToken: string): Promise<boolean> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return false;
  const hash = sha256(parsed.secret);
  return dataSource.transaction(async (m) => {
    const rows = (await m.query(
      `SELECT id FROM session WHERE id = $1 AND (refresh_hash = $2 OR previous_refresh_hash = $2) FOR UPDATE`,
      [parsed.sessionId, hash],
    )) as Array<{ id: string }>;
    return (
      (await revokeSessions(
        m,
        rows.map((r) => r.id),
        'SIGN_OUT',
      )) > 0
    );
  });
}

/** Signs a person out everywhere (lost device, or the coordinator suspending access). */
export async function revokeSessionsOf(dataSource: DataSource, personId: string): Promise<number> {
  return dataSource.transaction((m) => revokeAllSessionsOf(m, personId, 'REVOKED'));
}

export type SetPasswordResult = { errors: UserError[]; revokedSessions: number };

const passwordError = (error: UserError): SetPasswordResult => ({
  errors: [error],
  revokedSessions: 0,
});

/**
 * Sets the signed-in adult's password (students sign in with codes their school gives them). The
 * current password is required once there is one. A new password is how someone locks out whoever
 * learnt the old one, so every other session of the person ends with it (listed for the gateway,
 * which refuses their tokens within seconds). The session kept is the one named by a refresh
 * token (proof it is the caller's own), else the one the caller's token belongs to (its `sid`,
 * passed on by the gateway). A caller with neither ends every session.
 */
export async function setPassword(
  dataSource: DataSource,
  personId: string,
  currentPassword: string | null,
  newPassword: string,
  keepRefreshToken: string | null = null,
  callerSessionId: string | null = null,
): Promise<SetPasswordResult> {
  const person = await dataSource.getRepository(PersonEntity).findOneBy({ id: personId });
  if (!person) return passwordError(userError('NOT_FOUND', 'no such person'));
  if (person.roles.includes('STUDENT') || !person.email) {
    return passwordError(userError('NO_PASSWORD_SIGN_IN', 'sign in with a code from your school'));
  }
  if (newPassword.length < MIN_PASSWORD_LENGTH || newPassword.length > 200) {
    return passwordError(
      userError('INVALID', `must be ${MIN_PASSWORD_LENGTH} to 200 characters`, 'newPassword'),
    );
  }
  const keep = keepRefreshToken === null ? null : parseRefreshToken(keepRefreshToken);
  const badKeep = () =>
    passwordError(
      userError('INVALID_REFRESH_TOKEN', 'not a session of yours: sign in again', 'refreshToken'),
    );
  if (keepRefreshToken !== null && !keep) return badKeep();
  const account = await dataSource.getRepository(AccountEntity).findOneBy({ personId });
  if (
    account &&
    !(currentPassword !== null && (await verifyPassword(currentPassword, account.passwordHash)))
  ) {
    return passwordError(
      userError('INVALID_CREDENTIALS', 'the current password is not right', 'currentPassword'),
    );
  }
  const passwordHash = await hashPassword(newPassword);
  return dataSource.transaction(async (m): Promise<SetPasswordResult> => {
    const sessions = (await m.query(
      `SELECT id, refresh_hash, previous_refresh_hash FROM session WHERE person_id = $1 FOR UPDATE`,
      [personId],
    )) as Array<{ id: string; refresh_hash: string; previous_refresh_hash: string | null }>;
    let kept: string | null = null;
    if (keep) {
      const hash = sha256(keep.secret);
      // The previous token too, as signOut accepts it: a refresh may have crossed this request.
      const own = sessions.find(
        (s) =>
          s.id === keep.sessionId.toLowerCase() &&
          (s.refresh_hash === hash || s.previous_refresh_hash === hash),
      );
      if (!own) return badKeep();
      kept = own.id;
    } else if (callerSessionId) {
      kept = sessions.find((s) => s.id === callerSessionId.toLowerCase())?.id ?? null;
    }
    await m.query(
      `INSERT INTO account (person_id, password_hash, password_set_at) VALUES ($1, $2, now())
       ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_set_at = now()`,
      [personId, passwordHash],
    );
    const revokedSessions = await revokeSessions(
      m,
      sessions.filter((s) => s.id !== kept).map((s) => s.id),
      'PASSWORD_CHANGE',
    );
    return { errors: [], revokedSessions };
  });
}

/** Revoked session ids since a time (with the database's clock), for the gateway. */
export async function revokedSessionsSince(
  dataSource: DataSource,
  since: Date,
): Promise<{ now: string; revoked: Array<{ sid: string; revokedAt: string }> }> {
  const [{ now }] = (await dataSource.query(`SELECT now() AS now`)) as Array<{ now: Date }>;
  const rows = (await dataSource.query(
    `SELECT session_id, revoked_at FROM session_revocation WHERE revoked_at >= $1 ORDER BY revoked_at LIMIT 10000`,
    [since],
  )) as Array<{ session_id: string; revoked_at: Date }>;
  return {
    now: now.toISOString(),
    revoked: rows.map((r) => ({ sid: r.session_id, revokedAt: r.revoked_at.toISOString() })),
  };
}
