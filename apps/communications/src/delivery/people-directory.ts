import { signInternalToken, INTERNAL_TOKEN_HEADER } from '@ekst/auth';
import type { DeliverySettings } from '../config';

export interface Contact {
  email: string;
  displayName: string;
}

export class ContactLookupError extends Error {}

async function internalToken(settings: DeliverySettings): Promise<string> {
  return signInternalToken(
    { kind: 'api-key', subject: 'communications', roles: [], partnerId: null },
    { secret: settings.internalTokenSecret, audience: 'people', ttlSeconds: 30 },
  );
}

/**
 * The token of a live password reset request, asked of people at send time (404: used or
 * expired → null). It goes only into the e-mail handed to SMTP: never stored, logged or on Kafka.
 */
export async function resetTokenOf(
  settings: DeliverySettings,
  requestId: string,
): Promise<string | null> {
  const url = settings.peopleContactUrl.replace(/\/person-contact$/, '/password-reset-token');
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: await internalToken(settings),
      },
      body: JSON.stringify({ requestId }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (err) {
    throw new ContactLookupError(`people unreachable: ${(err as Error).message}`);
  }
  if (res.status === 404) return null;
  if (!res.ok) throw new ContactLookupError(`people answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * Asks the people service for an adult's address at send time (internal token, audience
 * `people`); nothing is cached, so a changed or erased address is never used again. null: the
 * person has no address (a student, or erased).
 */
export async function contactOf(
  settings: DeliverySettings,
  personId: string,
): Promise<Contact | null> {
  const token = await internalToken(settings);
  let res: Response;
  try {
    res = await fetch(settings.peopleContactUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ personId }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (err) {
    throw new ContactLookupError(`people unreachable: ${(err as Error).message}`);
  }
  if (res.status === 404) return null;
  if (!res.ok) throw new ContactLookupError(`people answered ${res.status}`);
  const body = (await res.json()) as Contact;
  return { email: body.email, displayName: body.displayName };
}
