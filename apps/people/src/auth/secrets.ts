import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Refresh tokens and sign-in codes are random secrets with 256 and 50 bits of entropy, stored only
 * as SHA-256 hashes. A slow hash is not needed for random secrets (nothing to guess from a
 * dictionary), and codes also expire within minutes and work once.
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** Crockford base32 without I, L, O, U: easy to read aloud and type on a school computer. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `XXXXX-XXXXX`: 10 characters, 50 bits. */
export function newSignInCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts lower case, spaces and the look-alikes O→0, I/L→1 that people type by mistake. */
export function normaliseSignInCode(input: string): string | null {
  const clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 10 || [...clean].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${clean.slice(0, 5)}-${clean.slice(5)}`;
}

export function newRefreshSecret(): string {
  return randomBytes(32).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A refresh token is `<session id>.<secret>`: the id finds the row, the secret proves possession. */
export function parseRefreshToken(token: string): { sessionId: string; secret: string } | null {
  const [sessionId, secret, ...rest] = token.split('.');
  if (rest.length || !sessionId || !secret || !UUID.test(sessionId) || secret.length !== 43)
    return null;
  return { sessionId, secret };
}

/** The throttle key of an e-mail address: who tried is not stored in clear. */
export function signInThrottleKey(email: string): string {
  return sha256(`sign-in:${email.trim().toLowerCase()}`);
}
