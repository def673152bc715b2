import { INTERNAL_TOKEN_HEADER, ROLES, signInternalToken } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';
import { z } from 'zod';

/** The person a verified e-mail address belongs to, as the people service knows them now. */
export interface DirectoryPerson {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly partnerId: string;
}

/** Short: a role change or erasure in people reaches callers of school identity providers soon. */
const FOUND_TTL_MS = 30_000;
/** Shorter still, so a person added a moment ago can sign in almost at once. */
const NOT_FOUND_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

const personSchema = z.object({
  id: z.uuid(),
  roles: z.array(z.enum(ROLES)),
  partnerId: z.uuid(),
});

/** The gateway as a caller of people's internal endpoint; it has no roles of its own. */
const GATEWAY_CALLER: Caller = { kind: 'api-key', subject: 'gateway', roles: [], partnerId: null };

export class PersonDirectoryUnavailableError extends Error {
  constructor(reason: string) {
    super(`person directory unavailable: ${reason}`);
    this.name = 'PersonDirectoryUnavailableError';
  }
}

/**
 * Looks people up by verified e-mail in the people service (`POST` with the address in the body,
 * so it never lands in a URL or an access log), behind a small time-bounded cache.
 */
export class PersonDirectory {
  private readonly cache = new Map<string, { person: DirectoryPerson | null; until: number }>();

  constructor(private readonly opts: { url: string; internalTokenSecret: string }) {}

  async findByEmail(email: string): Promise<DirectoryPerson | null> {
    const now = Date.now();
    const hit = this.cache.get(email);
    if (hit !== undefined && hit.until > now) return hit.person;

    const person = await this.fetchPerson(email);
    if (this.cache.size >= MAX_ENTRIES) {
      // Oldest insertion first: Map keeps insertion order.
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.delete(email);
    this.cache.set(email, {
      person,
      until: now + (person === null ? NOT_FOUND_TTL_MS : FOUND_TTL_MS),
    });
    return person;
  }

  private async fetchPerson(email: string): Promise<DirectoryPerson | null> {
    const token = await signInternalToken(GATEWAY_CALLER, {
      secret: this.opts.internalTokenSecret,
      audience: 'people',
      ttlSeconds: 30,
    });
    let res: Response;
    try {
      res = await fetch(this.opts.url, {
        method: 'POST',
        headers: { [INTERNAL_TOKEN_HEADER]: token, 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
        signal: AbortSignal.timeout(3_000),
      });
    } catch (err) {
      throw new PersonDirectoryUnavailableError(err instanceof Error ? err.name : 'fetch failed');
    }
    if (res.status === 404) return null;
    if (!res.ok) throw new PersonDirectoryUnavailableError(`HTTP ${res.status}`);
    const body = personSchema.safeParse(await res.json());
    if (!body.success) throw new PersonDirectoryUnavailableError('malformed answer');
    return body.data;
  }
}
