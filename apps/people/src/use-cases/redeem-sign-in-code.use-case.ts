import { done, rejected, userError } from '@ekst/subgraph-kit';
import { normaliseSignInCode, sha256 } from '../auth/secrets';
import { PersonEntity } from '../entities/person.entity';
import { startSession } from './issue-session';
import type { IssuedSession } from './issue-session';
import type { PeopleDeps, PeopleResult } from './people-use-case';

const invalidCode = () =>
  rejected(
    userError(
      'INVALID_CODE',
      'this sign-in code is not right, has expired or was already used',
      'code',
    ),
  );

/**
 * Redeems a single-use code from the person's school (no token needed): marked used in the same
 * transaction that starts the session, so a code cannot start two.
 */
export async function redeemSignInCode(
  deps: PeopleDeps,
  { code }: { code: string },
): Promise<PeopleResult<IssuedSession>> {
  const now = deps.clock.now();
  const normalised = normaliseSignInCode(code);
  if (!normalised) return invalidCode();
  const signer = await deps.signer();
  return deps.transaction(async ({ manager: m }): Promise<PeopleResult<IssuedSession>> => {
    const [row] = (await m.query(
      `UPDATE sign_in_code SET used_at = $2
       WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING person_id`,
      [sha256(normalised), now],
    )) as [Array<{ person_id: string }>, number];
    const personId = row[0]?.person_id;
    if (!personId) return invalidCode();
    const person = await m.getRepository(PersonEntity).findOneBy({ id: personId });
    // a leaver (left at a rollover) never signs in again, whatever code they hold
    if (!person || person.leftOn !== null) return invalidCode();
    return done(await startSession(m, signer, person, now));
  });
}
