import { done, rejected, signInFirst, userError } from '@ekst/subgraph-kit';
import { hashPassword, verifyPassword } from '../auth/password-hash';
import { parseRefreshToken, sha256 } from '../auth/secrets';
import { AccountEntity } from '../entities/account.entity';
import { PersonEntity } from '../entities/person.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { revokeSessions } from './session-revocation';

export const MIN_PASSWORD_LENGTH = 12;

export interface SetPasswordArgs {
  currentPassword?: string | null;
  newPassword: string;
  /** this device's refresh token: its session is the one kept */
  refreshToken?: string | null;
}

const notYourSession = () =>
  rejected(
    userError('INVALID_REFRESH_TOKEN', 'not a session of yours: sign in again', 'refreshToken'),
  );

/**
 * Sets the signed-in adult's password (students sign in with codes their school gives them). The
 * current password is required once there is one. A new password is how someone locks out whoever
 * learnt the old one, so every other session of the person ends with it (listed for the gateway,
 * which refuses their tokens within seconds). The session kept is the one named by a refresh
 * token (proof it is the caller's own), else the one the caller's token belongs to (its `sid`,
 * passed on by the gateway). A caller with neither ends every session. The password checks run
 * before the transaction (they take a few hundred ms each).
 */
export async function setPassword(
  deps: PeopleDeps,
  args: SetPasswordArgs,
): Promise<PeopleResult<{ revokedSessions: number }>> {
  const { caller } = deps;
  if (caller.kind !== 'person') return signInFirst();
  const personId = caller.subject;
  const callerSessionId = caller.sessionId ?? null;
  const { newPassword } = args;
  const currentPassword = args.currentPassword ?? null;
  const keepRefreshToken = args.refreshToken ?? null;

  const person = await deps.dataSource.getRepository(PersonEntity).findOneBy({ id: personId });
  if (!person) return rejected(noSuchPerson(null));
  if (person.roles.includes('STUDENT') || !person.email) {
    return rejected(userError('NO_PASSWORD_SIGN_IN', 'sign in with a code from your school'));
  }
  if (newPassword.length < MIN_PASSWORD_LENGTH || newPassword.length > 200) {
    return rejected(
      userError('INVALID', `must be ${MIN_PASSWORD_LENGTH} to 200 characters`, 'newPassword'),
    );
  }
  const keep = keepRefreshToken === null ? null : parseRefreshToken(keepRefreshToken);
  if (keepRefreshToken !== null && !keep) return notYourSession();
  const account = await deps.dataSource.getRepository(AccountEntity).findOneBy({ personId });
  if (
    account &&
    !(currentPassword !== null && (await verifyPassword(currentPassword, account.passwordHash)))
  ) {
    return rejected(
      userError('INVALID_CREDENTIALS', 'the current password is not right', 'currentPassword'),
    );
  }
  const passwordHash = await hashPassword(newPassword);
  return deps.transaction(
    async ({ manager: m }): Promise<PeopleResult<{ revokedSessions: number }>> => {
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
        if (!own) return notYourSession();
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
      return done({ revokedSessions });
    },
  );
}
