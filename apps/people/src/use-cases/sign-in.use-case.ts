import { done, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import {
  hashPassword,
  needsRehash,
  verifyAgainstNothing,
  verifyPassword,
} from '../auth/password-hash';
import { signInThrottleKey } from '../auth/secrets';
import { afterFailedSignIn, isLockedOut, LOCKOUT_MS } from '../domain/lockout';
import { AccountEntity } from '../entities/account.entity';
import { PersonEntity } from '../entities/person.entity';
import { SignInThrottleEntity } from '../entities/sign-in-throttle.entity';
import { startSession } from './issue-session';
import type { IssuedSession } from './issue-session';
import type { PeopleDeps, PeopleResult } from './people-use-case';

// One message for an unknown address, a person without a password and a wrong password, so the
// answer never tells whether an address is registered.
const invalidCredentials = () =>
  rejected(userError('INVALID_CREDENTIALS', 'the e-mail address or password is not right'));
const lockedOut = () =>
  rejected(
    userError(
      'LOCKED_OUT',
      `too many wrong passwords: sign-in with this address is paused for ${LOCKOUT_MS / 60000} minutes`,
    ),
  );

async function throttleFor(m: EntityManager, key: string): Promise<SignInThrottleEntity | null> {
  return m
    .getRepository(SignInThrottleEntity)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.key_hash = :key', { key })
    .getOne();
}

/**
 * Password sign-in (no token needed) with brute-force protection per e-mail address (existing or
 * not): the fifth wrong password in a row pauses the address for 15 minutes, during which even the
 * right password is refused. The password check runs outside any transaction (it takes a few
 * hundred ms).
 */
export async function signInWithPassword(
  deps: PeopleDeps,
  { email, password }: { email: string; password: string },
): Promise<PeopleResult<IssuedSession>> {
  const now = deps.clock.now();
  const key = signInThrottleKey(email);
  const throttle = await deps.dataSource
    .getRepository(SignInThrottleEntity)
    .findOneBy({ keyHash: key });
  if (isLockedOut(throttle, now)) return lockedOut();

  const found = (await deps.dataSource.query(
    `SELECT p.id, a.password_hash FROM person p JOIN account a ON a.person_id = p.id
     WHERE lower(p.email) = lower($1)`,
    [email.trim()],
  )) as Array<{ id: string; password_hash: string }>;
  const ok =
    found.length === 1 && password.length <= 200
      ? await verifyPassword(password, found[0].password_hash)
      : await verifyAgainstNothing(password.slice(0, 200));
  const signer = await deps.signer();

  return deps.transaction(async ({ manager: m }): Promise<PeopleResult<IssuedSession>> => {
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
    // a leaver (left at a rollover) never signs in again, whatever they hold
    if (!person || person.leftOn !== null) return invalidCredentials();
    if (needsRehash(found[0].password_hash)) {
      await m
        .getRepository(AccountEntity)
        .update({ personId: person.id }, { passwordHash: await hashPassword(password) });
    }
    return done(await startSession(m, signer, person, now));
  });
}
