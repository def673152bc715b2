import type { Caller } from './caller';
import {
  InvalidInternalTokenError,
  signInternalToken,
  verifyInternalToken,
} from './internal-token';

/**
 * Rotating the internal-token secret without downtime: a subgraph accepts the current secret and,
 * during the overlap, one more (INTERNAL_TOKEN_VERIFY_ONLY_SECRET), so gateway replicas on either
 * secret are served while they roll.
 */
const OLD = 'old-internal-token-secret-0123456789abcdef';
const NEW = 'new-internal-token-secret-0123456789abcdef';
const caller: Caller = {
  kind: 'person',
  subject: '00000000-0000-4000-8000-000000000019',
  roles: ['TEACHER'],
  partnerId: null,
};

const signed = (secret: string, audience = 'events') =>
  signInternalToken(caller, { secret, audience });

async function outcome(token: string, secret: string | string[], audience = 'events') {
  try {
    return (await verifyInternalToken(token, { secret, audience })).subject;
  } catch (err) {
    if (err instanceof InvalidInternalTokenError) return err.message;
    throw err;
  }
}

describe('internal tokens across a secret rotation', () => {
  it('accepts tokens of the current or the verify-only secret, in any order of rollout', async () => {
    const fromOld = await signed(OLD);
    const fromNew = await signed(NEW);
    // step 1: subgraphs accept both, gateways still sign with the old one
    expect(await outcome(fromOld, [OLD, NEW])).toBe(caller.subject);
    expect(await outcome(fromNew, [OLD, NEW])).toBe(caller.subject);
    // step 2: the new one is current, the old one verify-only
    expect(await outcome(fromOld, [NEW, OLD])).toBe(caller.subject);
    expect(await outcome(fromNew, [NEW, OLD])).toBe(caller.subject);
    // step 3: the old one is dropped
    expect(await outcome(fromNew, NEW)).toBe(caller.subject);
    expect(await outcome(fromOld, NEW)).toBe(
      'invalid internal token: ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    );
  });

  it('never lets a second secret excuse anything but the signature', async () => {
    // the right secret, the wrong audience: refused whatever else is listed
    expect(await outcome(await signed(OLD, 'people'), [NEW, OLD])).toBe(
      'invalid internal token: ERR_JWT_CLAIM_VALIDATION_FAILED',
    );
    expect(await outcome(await signed('a-stranger-secret-0123456789abcdefghij'), [NEW, OLD])).toBe(
      'invalid internal token: ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    );
  });
});
