import { HeaderMap } from '@apollo/server';
import { hmacKey, looksLikeApiKey, ROLES } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { z } from 'zod';
import type { AuthConfig, PeopleIssuerConfig } from '../config';
import { ANONYMOUS_CALLER, isAnonymousOperation } from './anonymous-operations';
import { ApiKeyRefusedError, ApiKeyServiceUnavailableError } from './api-key-verifier';
import type { ApiKeyGrant, ApiKeyVerifier } from './api-key-verifier';
import { identityFromClaims } from './oidc-identity';
import type { OidcProviderConfig } from './oidc-providers.config';
import { PersonDirectory, PersonDirectoryUnavailableError } from './person-directory.client';
import { RevocationListUnavailableError, SessionRevocations } from './session-revocations';

/** A verified caller; an associate partner's API key also carries its grant (scopes, trusted operations). */
export type GatewayCaller = Caller & { readonly apiKey?: ApiKeyGrant };

/**
 * Establishes who is calling from the request's Authorization header (a JWT, or an API key as
 * `Bearer ekst_live_…`) or its `X-Api-Key` header, or throws CallerRejectedError. Without
 * credentials, only the sign-in operations (judged from the request body) proceed, as the
 * anonymous caller.
 */
export type VerifyCaller = (
  authorization: string | undefined,
  body?: unknown,
  apiKeyHeader?: string,
) => Promise<GatewayCaller>;

/** The header an associate partner's system may send its key in instead of Authorization. */
export const API_KEY_HEADER = 'x-api-key';

/**
 * A refused credential. The client sees only `message` and `extensions.code`; `reason` (the jose
 * error code and the like) is for the gateway's own log, because telling an attacker which check
 * failed helps them and helps nobody else.
 */
export class CallerRejectedError extends GraphQLError {
  constructor(
    message: string,
    readonly reason: string,
    options: { status: 401 | 503; code: 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' } = {
      status: 401,
      code: 'UNAUTHENTICATED',
    },
  ) {
    const headers = new HeaderMap();
    if (options.status === 401) headers.set('www-authenticate', 'Bearer realm="ekst"');
    super(message, {
      extensions: { code: options.code, http: { status: options.status, headers } },
    });
    this.name = 'CallerRejectedError';
  }
}

const rejected = (message: string, reason: string) => new CallerRejectedError(message, reason);

const claimsSchema = z.object({
  sub: z.uuid(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  // A person outside any partner (e.g. partnership staff) has no partner; absent means the same.
  partner_id: z.uuid().nullable().optional(),
});

/** Far beyond any real JWT; refusing earlier keeps pathological headers away from the parser. */
const MAX_TOKEN_LENGTH = 8192;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** jose codes that mean the external issuer's key set could not be fetched, not a bad token. */
const ISSUER_UNAVAILABLE_CODES = new Set([
  'ERR_JWKS_TIMEOUT',
  'ERR_JWKS_INVALID',
  'ERR_JOSE_GENERIC',
]);

export interface CallerVerifierOptions {
  /** needed to ask people for revoked sessions; without it, people-issued tokens are not accepted */
  readonly internalTokenSecret?: string;
  /** verifies associate partners' API keys; without it, API keys are refused */
  readonly apiKeys?: ApiKeyVerifier;
}

export function createCallerVerifier(
  auth: AuthConfig,
  opts: CallerVerifierOptions = {},
): VerifyCaller {
  const verifyJwt = jwtVerifierFor(auth);
  const people =
    auth.people && opts.internalTokenSecret !== undefined
      ? peopleVerifierFor(auth, auth.people, opts.internalTokenSecret)
      : null;
  const schools =
    (auth.oidcProviders ?? []).length > 0 &&
    auth.personLookupUrl &&
    opts.internalTokenSecret !== undefined
      ? schoolProvidersVerifier(
          auth,
          auth.oidcProviders ?? [],
          new PersonDirectory({
            url: auth.personLookupUrl,
            internalTokenSecret: opts.internalTokenSecret,
          }),
        )
      : null;

  const apiKeyCaller = async (key: string): Promise<GatewayCaller> => {
    if (opts.apiKeys === undefined) throw rejected('API keys are not enabled', 'api-key-disabled');
    let grant: ApiKeyGrant;
    try {
      grant = await opts.apiKeys.verify(key);
    } catch (err) {
      if (err instanceof ApiKeyRefusedError) throw apiKeyRejection(err);
      if (err instanceof ApiKeyServiceUnavailableError) throw issuerUnavailable('api-keys');
      throw err;
    }
    return {
      kind: 'api-key',
      subject: grant.keyId,
      roles: ['ASSOCIATE'],
      partnerId: grant.partnerId,
      scopes: grant.scopes,
      apiKey: grant,
    };
  };

  return async (authorization, body, apiKeyHeader) => {
    if (apiKeyHeader !== undefined && apiKeyHeader.trim() !== '') {
      // Two credentials could name two different callers: refuse rather than pick one.
      if (authorization !== undefined && authorization.trim() !== '') {
        throw rejected(
          'Send one credential: Authorization or X-Api-Key, not both',
          'two-credentials',
        );
      }
      return apiKeyCaller(apiKeyHeader.trim());
    }
    if (authorization === undefined || authorization.trim() === '') {
      if (isAnonymousOperation(body)) return ANONYMOUS_CALLER;
      throw rejected('Authentication required: send "Authorization: Bearer <token>"', 'missing');
    }
    const [scheme = '', credential = '', ...rest] = authorization.trim().split(/\s+/);
    switch (scheme.toLowerCase()) {
      case 'bearer':
        // Recognised by its prefix, so a key is never handed to a JWT parser (nor a JWT to the key service).
        if (rest.length === 0 && looksLikeApiKey(credential)) return apiKeyCaller(credential);
        break;
      case 'apikey':
        if (rest.length === 0) return apiKeyCaller(credential);
        throw rejected('Invalid API key', 'malformed-api-key');
      default:
        throw rejected('Unsupported authorization scheme: use Bearer', 'unsupported-scheme');
    }
    if (rest.length > 0 || credential.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(credential)) {
      throw rejected('Invalid token', 'malformed');
    }

    let payload: JWTPayload;
    try {
      // The issuer picks the verifier; each verifier still checks the issuer itself.
      const issuer = unverifiedIssuer(credential);
      if (schools !== null && issuer !== undefined && schools.issuers.has(issuer)) {
        return await schools.verify(credential, issuer);
      }
      payload =
        people !== null && issuer === people.issuer
          ? await people.verify(credential)
          : await verifyJwt(credential);
    } catch (err) {
      if (err instanceof CallerRejectedError) throw err;
      throw rejectionFor(err);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw rejected('Invalid token', 'invalid-claims');
    return {
      kind: 'person',
      subject: claims.data.sub,
      roles: [...new Set(claims.data.roles)],
      partnerId: claims.data.partner_id ?? null,
      // people-issued tokens name their session, so people can tell which one is the caller's
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
    };
  };
}

function jwtVerifierFor(auth: AuthConfig): (token: string) => Promise<JWTPayload> {
  // Checked on every token: an explicit algorithm list (never "whatever the header says"),
  // issuer, audience, maximum age from iat, and the claims we rely on.
  const common = {
    issuer: auth.issuer,
    audience: auth.audience,
    maxTokenAge: auth.maxAgeSeconds,
    clockTolerance: 5,
    requiredClaims: ['sub', 'iat', 'exp', 'roles'],
  };
  if (auth.jwksUrl !== null) {
    const keySet = createRemoteJWKSet(new URL(auth.jwksUrl), {
      timeoutDuration: 5_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
    return async (token) =>
      (await jwtVerify(token, keySet, { ...common, algorithms: ['RS256', 'ES256'] })).payload;
  }
  if (auth.jwtSecret === null) {
    // No built-in or external issuer of EKST-shaped tokens (only people's or schools' tokens).
    return () => Promise.reject(rejected('Invalid token', 'no-issuer-for-token'));
  }
  // Imported once: jose would import raw bytes again on every verification.
  const secret = hmacKey(auth.jwtSecret);
  return async (token) =>
    (await jwtVerify(token, await secret, { ...common, algorithms: ['HS256'] })).payload;
}

function unverifiedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

const peopleClaimsSchema = z.object({ sid: z.uuid() });

/**
 * Tokens of the people service: ES256 from its JWKS, same audience and maximum age, plus a session
 * id that must not be on people's revocation list (at most 2 s stale).
 */
function peopleVerifierFor(
  auth: AuthConfig,
  people: PeopleIssuerConfig,
  internalTokenSecret: string,
): { issuer: string; verify(token: string): Promise<JWTPayload> } {
  const keySet = createRemoteJWKSet(new URL(people.jwksUrl), {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  const revocations = new SessionRevocations({
    url: people.revocationsUrl,
    internalTokenSecret,
    maxTokenAgeSeconds: auth.maxAgeSeconds,
  });
  return {
    issuer: people.issuer,
    async verify(token) {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: people.issuer,
        audience: auth.audience,
        maxTokenAge: auth.maxAgeSeconds,
        clockTolerance: 5,
        requiredClaims: ['sub', 'iat', 'exp', 'roles', 'sid'],
        algorithms: ['ES256'],
      });
      const claims = peopleClaimsSchema.safeParse(payload);
      if (!claims.success) throw rejected('Invalid token', 'invalid-claims');
      let revoked: boolean;
      try {
        revoked = await revocations.isRevoked(claims.data.sid);
      } catch (err) {
        if (err instanceof RevocationListUnavailableError) throw issuerUnavailable('revocations');
        throw err;
      }
      if (revoked) throw rejected('Token has been revoked: sign in again', 'session-revoked');
      return payload;
    },
  };
}

/**
 * Tokens of schools' own identity providers (Entra ID, Google Workspace, …): verified with that
 * provider's keys, audience and issuers, mapped to a verified e-mail and a partner by its tenant
 * table, then resolved to the EKST person with that address, who must belong to the same partner.
 */
function schoolProvidersVerifier(
  auth: AuthConfig,
  providers: readonly OidcProviderConfig[],
  directory: PersonDirectory,
): { issuers: ReadonlySet<string>; verify(token: string, issuer: string): Promise<Caller> } {
  const byIssuer = new Map<
    string,
    { provider: OidcProviderConfig; keySet: ReturnType<typeof createRemoteJWKSet> }
  >();
  for (const provider of providers) {
    const keySet = createRemoteJWKSet(new URL(provider.jwksUrl), {
      timeoutDuration: 5_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
    for (const iss of provider.issuers) byIssuer.set(iss, { provider, keySet });
  }
  return {
    issuers: new Set(byIssuer.keys()),
    async verify(token, issuer) {
      const entry = byIssuer.get(issuer);
      if (entry === undefined) throw rejected('Invalid token', 'unknown-issuer');
      const { provider, keySet } = entry;
      const { payload } = await jwtVerify(token, keySet, {
        issuer: [...provider.issuers],
        audience: provider.audience,
        maxTokenAge: auth.maxAgeSeconds,
        clockTolerance: 5,
        requiredClaims: ['sub', 'iat', 'exp'],
        algorithms: ['RS256', 'ES256'],
      });
      const identity = identityFromClaims(provider, payload);
      if (!identity.ok) throw rejected('Invalid token', `${provider.name}:${identity.reason}`);
      let person;
      try {
        person = await directory.findByEmail(identity.email);
      } catch (err) {
        if (err instanceof PersonDirectoryUnavailableError) throw issuerUnavailable('people');
        throw err;
      }
      // The same answer for "nobody has this address" and "they belong to another school", so the
      // response reveals nothing about who has an account.
      if (person === null) throw rejected('Invalid token', `${provider.name}:unknown-person`);
      if (person.partnerId !== identity.partnerId) {
        throw rejected('Invalid token', `${provider.name}:partner-mismatch`);
      }
      return {
        kind: 'person',
        subject: person.id,
        roles: [...new Set(person.roles)],
        partnerId: person.partnerId,
      };
    },
  };
}

function rejectionFor(err: unknown): CallerRejectedError {
  if (err instanceof errors.JWTExpired) return rejected('Token has expired', err.code);
  if (err instanceof errors.JOSEError) {
    if (ISSUER_UNAVAILABLE_CODES.has(err.code)) return issuerUnavailable(err.code);
    return rejected('Invalid token', err.code);
  }
  // Not a verdict on the token (e.g. the issuer's key set is unreachable): the client may retry.
  return issuerUnavailable(err instanceof Error ? err.name : 'unknown');
}

/**
 * Malformed and unknown keys get the same kind of answer a guesser would; only someone holding the
 * whole key (its secret matched) learns that it expired or was revoked.
 */
function apiKeyRejection(err: ApiKeyRefusedError): CallerRejectedError {
  switch (err.refusal) {
    case 'malformed':
      return rejected(
        'Malformed API key: expected ekst_live_<key id>_<secret>',
        'api-key-malformed',
      );
    case 'unknown':
      return rejected('Invalid API key', 'api-key-unknown');
    case 'expired':
      return rejected('API key has expired: ask the partnership for a new one', 'api-key-expired');
    case 'revoked':
      return rejected('API key has been revoked', 'api-key-revoked');
  }
}

function issuerUnavailable(reason: string): CallerRejectedError {
  return new CallerRejectedError(
    'Authentication is temporarily unavailable',
    `issuer-unavailable:${reason}`,
    {
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    },
  );
}
