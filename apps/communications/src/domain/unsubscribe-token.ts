import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Category } from './categories';
import { CATEGORIES } from './categories';

/**
 * The token in a one-click unsubscribe link (RFC 8058): the person and category, signed, so the
 * link works without signing in and cannot be forged for someone else. It carries a pseudonymous
 * id only, never an address.
 */
export function signUnsubscribeToken(secret: string, personId: string, category: Category): string {
  const body = `${personId}.${category}`;
  const mac = createHmac('sha256', secret).update(body).digest('base64url');
  return `${Buffer.from(body).toString('base64url')}.${mac}`;
}

export function verifyUnsubscribeToken(
  secret: string,
  token: string,
): { personId: string; category: Category } | null {
  const [encoded, mac, ...rest] = token.split('.');
  if (!encoded || !mac || rest.length > 0) return null;
  const body = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [personId, category] = body.split('.');
  if (!personId || !(CATEGORIES as readonly string[]).includes(category)) return null;
  return { personId, category: category as Category };
}
