import {
  newSignInCode,
  normaliseSignInCode,
  parseRefreshToken,
  signInThrottleKey,
} from './secrets';
import { hashPassword, needsRehash, verifyPassword } from './password-hash';
import { loadPasswordHashCost } from '../config';

describe('sign-in codes', () => {
  it('are 10 unambiguous characters, and typing mistakes are forgiven', () => {
    const code = newSignInCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normaliseSignInCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(normaliseSignInCode('ABCDE-FGHJO')).toBe('ABCDE-FGHJ0');
    expect(normaliseSignInCode('ABCD')).toBeNull();
    expect(normaliseSignInCode('ABCDE-FGHJU')).toBeNull();
  });
});

describe('refresh tokens and throttle keys', () => {
  it('parse only `<uuid>.<43 base64url chars>`', () => {
    const sid = '5b1d7c3e-0000-4a2b-9c00-0000000000e1';
    expect(parseRefreshToken(`${sid}.${'a'.repeat(43)}`)).toEqual({
      sessionId: sid,
      secret: 'a'.repeat(43),
    });
    expect(parseRefreshToken(`${sid}.short`)).toBeNull();
    expect(parseRefreshToken('nonsense')).toBeNull();
  });
  it('throttle on the address whatever its case, without storing it', () => {
    expect(signInThrottleKey(' Finn@School.example')).toBe(
      signInThrottleKey('finn@school.example'),
    );
    expect(signInThrottleKey('finn@school.example')).not.toContain('finn');
  });
});

describe('password hashes (scrypt)', () => {
  it('verify the right password only, carry their parameters, and never contain the password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(hash).not.toContain('horse');
    expect(needsRehash(hash)).toBe(false);
    await expect(verifyPassword('correct horse battery staple', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', hash)).resolves.toBe(false);
    expect(needsRehash('scrypt$14$8$1$x$y')).toBe(true);
  });
});

describe('password hash cost (PASSWORD_HASH_LOG_N)', () => {
  it('is 17 unless set; lower only with the development flag (the test stacks use 12)', () => {
    expect(loadPasswordHashCost({})).toBe(17);
    expect(loadPasswordHashCost({ PASSWORD_HASH_LOG_N: '18' })).toBe(18);
    expect(loadPasswordHashCost({ EKST_DEV_AUTH: '1', PASSWORD_HASH_LOG_N: '12' })).toBe(12);
    expect(() => loadPasswordHashCost({ PASSWORD_HASH_LOG_N: '12' })).toThrow(
      /^invalid configuration: PASSWORD_HASH_LOG_N: .*development/,
    );
    expect(() => loadPasswordHashCost({ EKST_DEV_AUTH: '1', PASSWORD_HASH_LOG_N: '9' })).toThrow(
      /PASSWORD_HASH_LOG_N/,
    );
  });
});
