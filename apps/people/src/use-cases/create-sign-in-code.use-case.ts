import { randomUUID } from 'node:crypto';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import { newSignInCode, sha256 } from '../auth/secrets';
import { canSeePerson, mayCreateSignInCode, personScopeFor } from '../domain/person-visibility';
import { PersonEntity } from '../entities/person.entity';
import { SignInCodeEntity } from '../entities/sign-in-code.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';

export const SIGN_IN_CODE_TTL_MS = 15 * 60 * 1000;

/**
 * A school sets up a sign-in for one of its people (a student above all): a 10-character code,
 * valid for 15 minutes and once. Only its hash is stored; earlier unused codes stop working.
 * Someone the caller cannot see is NOT_FOUND; someone they see but may not set up is FORBIDDEN.
 */
export async function createSignInCode(
  deps: PeopleDeps,
  { personId }: { personId: string },
): Promise<PeopleResult<{ code: string; expiresAt: string }>> {
  if (!isUuid(personId)) return rejected(noSuchPerson('personId'));
  const id = personId.toLowerCase();
  const now = deps.clock.now();
  return deps.transaction(async ({ manager: m }) => {
    const person = await m.getRepository(PersonEntity).findOneBy({ id });
    if (!person || !canSeePerson(personScopeFor(deps.caller), person))
      return rejected(noSuchPerson('personId'));
    if (!mayCreateSignInCode(deps.caller, person))
      return refused('You cannot set up a sign-in for this person');
    if (person.leftOn !== null)
      return rejected(
        userError(
          'PERSON_LEFT',
          'this person has left the partnership and cannot sign in',
          'personId',
        ),
      );
    await m.query(`DELETE FROM sign_in_code WHERE person_id = $1 AND used_at IS NULL`, [id]);
    const code = newSignInCode();
    const expiresAt = new Date(now.getTime() + SIGN_IN_CODE_TTL_MS);
    await m.getRepository(SignInCodeEntity).insert({
      id: randomUUID(),
      personId: id,
      codeHash: sha256(code),
      expiresAt,
      usedAt: null,
      createdAt: now,
    });
    return done({ code, expiresAt: expiresAt.toISOString() });
  });
}
