import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { loadPasswordHashCost, PRODUCTION_PASSWORD_HASH_LOG_N } from '../config';

/**
 * Passwords are hashed with scrypt (memory-hard, built into Node: no native add-on to install or
 * audit). N = 2^17, r = 8, p = 1 is OWASP's recommended minimum: 128 MiB and a few hundred ms per
 * guess. The parameters travel in the stored string, so they can be raised later and old hashes
 * still verify (and get re-hashed on the next sign-in).
 */
export const SCRYPT_PARAMS = { logN: PRODUCTION_PASSWORD_HASH_LOG_N, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

let configuredLogN: number | null = null;
/**
 * The cost new hashes get: 17 unless the configuration lowers it (development and test stacks
 * only, see `loadPasswordHashCost`), read once.
 */
function hashLogN(): number {
  configuredLogN ??= loadPasswordHashCost();
  return configuredLogN;
}

function derive(
  password: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$<logN>$<r>$<p>$<salt b64url>$<key b64url>` */
export async function hashPassword(password: string): Promise<string> {
  const { r, p } = SCRYPT_PARAMS;
  const logN = hashLogN();
  const salt = randomBytes(16);
  const key = await derive(password, salt, logN, r, p);
  return ['scrypt', logN, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (![logN, r, p].every(Number.isInteger) || logN < 10 || logN > 22) return false;
  const expected = Buffer.from(parts[5], 'base64url');
  const actual = await derive(password, Buffer.from(parts[4], 'base64url'), logN, r, p);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** True when a stored hash uses weaker parameters than today's, so it should be replaced. */
export function needsRehash(stored: string): boolean {
  const [, logN, r, p] = stored.split('$').map(Number);
  return logN < hashLogN() || r < SCRYPT_PARAMS.r || p < SCRYPT_PARAMS.p;
}

let dummy: Promise<string> | null = null;
/**
 * Spends the same time as a real check when there is no account, so the response time does not
 * tell whether an e-mail address is registered.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('not-a-real-password-only-for-timing');
  await verifyPassword(password, await dummy);
  return false;
}
