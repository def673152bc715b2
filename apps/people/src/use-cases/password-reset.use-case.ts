import { randomUUID, timingSafeEqual } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import { done, rejected, userError } from '@ekst/subgraph-kit';
import type { ServiceConfig } from '@ekst/subgraph-kit';
import { hashPassword } from '../auth/password-hash';
import { parseResetToken, RESET_TTL_MS, resetSecretFor } from '../auth/password-reset-secret';
import { sha256 } from '../auth/secrets';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { MIN_PASSWORD_LENGTH } from './set-password.use-case';
import { revokeAllSessionsOf } from './session-revocation';

const serverKey = (deps: PeopleDeps) => (deps.config as ServiceConfig).internalTokenSecret;

/**
 * Anyone may ask; the answer is the same whether or not the address belongs to an adult here (no
 * account enumeration). For a known adult a single-use request valid one hour is stored (the
 * secret's hash only) and PasswordResetRequested (request and person ids) goes to communications,
 * which e-mails the link. An unknown address changes nothing and sends nothing.
 */
export async function requestPasswordReset(
  deps: PeopleDeps,
  email: string,
): Promise<PeopleResult<{ accepted: true }>> {
  if (email.length > 254 || !email.includes('@'))
    return rejected(userError('INVALID', 'must be an e-mail address', 'email'));
  await deps.transaction(async ({ manager, outbox, clock }) => {
    const rows = (await manager.query(
      `SELECT id FROM person WHERE lower(email) = lower($1) AND NOT ('STUDENT' = ANY(roles)) LIMIT 1`,
      [email],
    )) as Array<{ id: string }>;
    const person = rows[0];
    if (!person) return;
    const requestId = randomUUID();
    const now = clock.now();
    await manager.query(
      `INSERT INTO password_reset (id, person_id, secret_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [
        requestId,
        person.id,
        sha256(resetSecretFor(serverKey(deps), requestId)),
        now,
        new Date(now.getTime() + RESET_TTL_MS),
      ],
    );
    await outbox.append(PeopleEvents.passwordResetRequested, person.id, {
      requestId,
      personId: person.id,
    });
  });
  return done({ accepted: true });
}

/**
 * Sets a new password with a reset token: once, within the hour. Every session of the person
 * ends (whoever knew the old password is out). A bad, used or expired token is one typed error.
 */
export async function resetPassword(
  deps: PeopleDeps,
  token: string,
  newPassword: string,
): Promise<PeopleResult<{ passwordSet: true }>> {
  const invalid = () =>
    rejected(userError('INVALID_RESET_TOKEN', 'this reset link is not valid any more', 'token'));
  const parsed = parseResetToken(token);
  if (!parsed) return invalid();
  if (newPassword.length < MIN_PASSWORD_LENGTH || newPassword.length > 200)
    return rejected(
      userError('INVALID', `must be ${MIN_PASSWORD_LENGTH} to 200 characters`, 'newPassword'),
    );
  const hash = await hashPassword(newPassword);
  return deps.transaction(async ({ manager, clock }) => {
    const rows = (await manager.query(
      `SELECT person_id, secret_hash FROM password_reset
        WHERE id = $1 AND used_at IS NULL AND expires_at > $2 FOR UPDATE`,
      [parsed.requestId, clock.now()],
    )) as Array<{ person_id: string; secret_hash: string }>;
    const row = rows[0];
    const given = Buffer.from(sha256(parsed.secret));
    if (
      !row ||
      given.length !== row.secret_hash.length ||
      !timingSafeEqual(given, Buffer.from(row.secret_hash))
    )
      return invalid();
    await manager.query(`UPDATE password_reset SET used_at = $2 WHERE id = $1`, [
      parsed.requestId,
      clock.now(),
    ]);
    await manager.query(
      `INSERT INTO account (person_id, password_hash, password_set_at) VALUES ($1, $2, now())
       ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_set_at = now()`,
      [row.person_id, hash],
    );
    await revokeAllSessionsOf(manager, row.person_id, 'PASSWORD_CHANGE');
    return done({ passwordSet: true });
  });
}
