import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_PORT, SUBGRAPHS } from '@ekst/platform';
import {
  DEV_AUTH_JWT_SECRET,
  DEV_INTERNAL_TOKEN_SECRET,
  InvalidConfigError,
  loadConfig,
  SUBGRAPH_NAMES,
} from '../src/config';

const PRIVATE_SECRET = 'a-private-secret-that-is-long-enough-0123456789';
/** What `npm start` and the test stack set. */
const DEV = { EKST_DEV_AUTH: '1' } as const;

describe('loadConfig', () => {
  it('has working development defaults once EKST_DEV_AUTH=1 asks for them', () => {
    const config = loadConfig(DEV);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      isProduction: false,
      devAuth: true,
      port: GATEWAY_PORT,
      supergraphPath: path.resolve(__dirname, '../../../supergraph.graphql'),
      internalTokenSecret: DEV_INTERNAL_TOKEN_SECRET,
      bodyLimit: '100kb',
      logLevel: 'info',
      auth: {
        issuer: 'ekst-dev',
        audience: 'ekst-graph',
        maxAgeSeconds: 3600,
        jwtSecret: DEV_AUTH_JWT_SECRET,
        jwksUrl: null,
      },
    });
    // the gateway's defaults are the platform's service list: every subgraph at its port
    expect(config.subgraphUrls).toEqual(
      Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.port}/graphql`])),
    );
    expect(Object.keys(config.subgraphUrls).sort()).toEqual([...SUBGRAPH_NAMES].sort());
  });

  it('reads and coerces overrides, treating empty values as unset', () => {
    const config = loadConfig({
      ...DEV,
      PORT: '8080',
      PEOPLE_URL: 'http://people.internal:4002/graphql',
      AUTH_JWT_MAX_AGE: '15m',
      BODY_LIMIT: '1MB',
      LOG_LEVEL: 'warn',
      EVENTS_URL: '',
    });
    expect(config.port).toBe(8080);
    expect(config.subgraphUrls.people).toBe('http://people.internal:4002/graphql');
    expect(config.subgraphUrls.events).toBe('http://127.0.0.1:4003/graphql');
    expect(config.auth.maxAgeSeconds).toBe(900);
    expect(config.bodyLimit).toBe('1mb');
    expect(config.logLevel).toBe('warn');
  });

  it('uses only the external issuer when AUTH_JWKS_URL is set', () => {
    const config = loadConfig({
      ...DEV,
      AUTH_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
    });
    expect(config.auth).toMatchObject({
      jwksUrl: 'https://login.example.org/.well-known/jwks.json',
      jwtSecret: null,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PEOPLE_URL', 'not a url'],
    ['PEOPLE_URL', 'file:///etc/passwd'],
    ['AUTH_JWT_MAX_AGE', 'forever'],
    ['BODY_LIMIT', 'lots'],
    ['LOG_LEVEL', 'chatty'],
    ['NODE_ENV', 'staging'],
    ['INTERNAL_TOKEN_SECRET', 'too-short'],
    ['AUTH_JWT_SECRET', 'too-short'],
    ['EKST_DEV_AUTH', 'yes'],
    ['AUTH_OIDC_PROVIDERS', '{not json'],
    ['AUTH_OIDC_PROVIDERS', '[{"name":"x"}]'],
  ])('refuses an invalid %s', (name, value) => {
    expect(() => loadConfig({ ...DEV, [name]: value })).toThrow(new RegExp(name));
  });

  it('never puts a value in its error message (it may be a secret)', () => {
    try {
      loadConfig({ ...DEV, INTERNAL_TOKEN_SECRET: 'hunter2-hunter2' });
      throw new Error('expected loadConfig to throw');
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidConfigError);
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  describe('without EKST_DEV_AUTH (a deployment that forgot a variable)', () => {
    it('means production when NODE_ENV is unset', () => {
      const config = loadConfig({ INTERNAL_TOKEN_SECRET: PRIVATE_SECRET });
      expect(config).toMatchObject({ nodeEnv: 'production', isProduction: true, devAuth: false });
    });

    it('refuses to start on the development internal-token secret, naming the flag', () => {
      expect(() => loadConfig({})).toThrow(/INTERNAL_TOKEN_SECRET.*EKST_DEV_AUTH=1/);
      expect(() =>
        loadConfig({ NODE_ENV: 'development', INTERNAL_TOKEN_SECRET: DEV_INTERNAL_TOKEN_SECRET }),
      ).toThrow(/INTERNAL_TOKEN_SECRET.*EKST_DEV_AUTH=1/);
    });

    it('refuses the development issuer secret even when set explicitly', () => {
      expect(() =>
        loadConfig({
          NODE_ENV: 'test',
          INTERNAL_TOKEN_SECRET: PRIVATE_SECRET,
          AUTH_JWT_SECRET: DEV_AUTH_JWT_SECRET,
        }),
      ).toThrow(/AUTH_JWT_SECRET.*EKST_DEV_AUTH=1/);
    });

    it('has no built-in issuer unless a private AUTH_JWT_SECRET is given', () => {
      expect(loadConfig({ INTERNAL_TOKEN_SECRET: PRIVATE_SECRET }).auth.jwtSecret).toBeNull();
      expect(
        loadConfig({ INTERNAL_TOKEN_SECRET: PRIVATE_SECRET, AUTH_JWT_SECRET: PRIVATE_SECRET }).auth
          .jwtSecret,
      ).toBe(PRIVATE_SECRET);
    });

    it('never allows the flag together with NODE_ENV=production', () => {
      expect(() =>
        loadConfig({ ...DEV, NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: PRIVATE_SECRET }),
      ).toThrow(/EKST_DEV_AUTH/);
    });
  });

  describe('school identity providers (AUTH_OIDC_PROVIDERS)', () => {
    const partnerId = '0b7e2a49-6a43-4c1f-9d0e-2f3b8f0c1a11';
    const entra = {
      name: 'microsoft',
      issuers: ['https://login.microsoftonline.com/6f1c2d3e-0000-4000-8000-000000000001/v2.0'],
      jwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      audience: 'api://ekst-graph',
      emailClaims: ['email', 'preferred_username'],
      tenantClaim: 'tid',
      tenants: {
        '6f1c2d3e-0000-4000-8000-000000000001': {
          partnerId,
          emailDomains: ['Oakfield.Kent.sch.uk'],
        },
      },
    };

    it('reads providers inline, with defaults and lower-cased domains', () => {
      const config = loadConfig({ ...DEV, AUTH_OIDC_PROVIDERS: JSON.stringify([entra]) });
      expect(config.auth.oidcProviders).toEqual([
        {
          ...entra,
          emailVerifiedClaim: null,
          tenants: {
            '6f1c2d3e-0000-4000-8000-000000000001': {
              partnerId,
              emailDomains: ['oakfield.kent.sch.uk'],
            },
          },
        },
      ]);
      expect(config.auth.personLookupUrl).toBe('http://127.0.0.1:4002/internal/person-by-email');
    });

    it('reads providers from AUTH_OIDC_PROVIDERS_FILE', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'ekst-oidc-'));
      const file = path.join(dir, 'providers.json');
      writeFileSync(file, JSON.stringify([entra]));
      expect(
        loadConfig({ ...DEV, AUTH_OIDC_PROVIDERS_FILE: file }).auth.oidcProviders?.[0]?.name,
      ).toBe('microsoft');
      expect(() => loadConfig({ ...DEV, AUTH_OIDC_PROVIDERS_FILE: `${file}.missing` })).toThrow(
        /AUTH_OIDC_PROVIDERS_FILE/,
      );
    });

    it.each([
      [
        'a partner that is not a uuid',
        { tenants: { t: { partnerId: 'x', emailDomains: ['a.org'] } } },
      ],
      ['no tenants', { tenants: {} }],
      ['an unknown key', { roleClaim: 'roles' }],
      ['a bad e-mail domain', { tenants: { t: { partnerId, emailDomains: ['@a'] } } }],
    ])('refuses %s', (_what, change) => {
      expect(() =>
        loadConfig({ ...DEV, AUTH_OIDC_PROVIDERS: JSON.stringify([{ ...entra, ...change }]) }),
      ).toThrow(/AUTH_OIDC_PROVIDERS/);
    });

    it('refuses one issuer in two providers, and plain http keys in production', () => {
      expect(() =>
        loadConfig({
          ...DEV,
          AUTH_OIDC_PROVIDERS: JSON.stringify([entra, { ...entra, name: 'again' }]),
        }),
      ).toThrow(/issuer listed twice/);
      expect(() =>
        loadConfig({
          INTERNAL_TOKEN_SECRET: PRIVATE_SECRET,
          AUTH_OIDC_PROVIDERS: JSON.stringify([{ ...entra, jwksUrl: 'http://idp.example/keys' }]),
        }),
      ).toThrow(/jwksUrl: must be https/);
    });
  });

  describe('in production', () => {
    it('requires a private internal-token secret and refuses the development issuer secret', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/INTERNAL_TOKEN_SECRET/);
      expect(() =>
        loadConfig({
          NODE_ENV: 'production',
          INTERNAL_TOKEN_SECRET: DEV_INTERNAL_TOKEN_SECRET,
          AUTH_JWT_SECRET: PRIVATE_SECRET,
        }),
      ).toThrow(/INTERNAL_TOKEN_SECRET/);
      expect(() =>
        loadConfig({
          NODE_ENV: 'production',
          INTERNAL_TOKEN_SECRET: PRIVATE_SECRET,
          AUTH_JWT_SECRET: DEV_AUTH_JWT_SECRET,
        }),
      ).toThrow(/AUTH_JWT_SECRET/);
    });

    it('accepts private secrets, or an https external issuer instead of the HS256 secret', () => {
      expect(
        loadConfig({
          NODE_ENV: 'production',
          INTERNAL_TOKEN_SECRET: PRIVATE_SECRET,
          AUTH_JWT_SECRET: PRIVATE_SECRET,
        }).isProduction,
      ).toBe(true);
      const external = loadConfig({
        NODE_ENV: 'production',
        INTERNAL_TOKEN_SECRET: PRIVATE_SECRET,
        AUTH_JWKS_URL: 'https://login.example.org/jwks',
      });
      expect(external.auth.jwtSecret).toBeNull();
      expect(() =>
        loadConfig({
          NODE_ENV: 'production',
          INTERNAL_TOKEN_SECRET: PRIVATE_SECRET,
          AUTH_JWKS_URL: 'http://login.example.org/jwks',
        }),
      ).toThrow(/AUTH_JWKS_URL.*https/);
    });
  });
});
