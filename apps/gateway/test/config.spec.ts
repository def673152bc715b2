import path from 'node:path';
import {
  DEV_AUTH_JWT_SECRET,
  DEV_INTERNAL_TOKEN_SECRET,
  InvalidConfigError,
  loadConfig,
  SUBGRAPH_NAMES,
} from '../src/config';

const PRIVATE_SECRET = 'a-private-secret-that-is-long-enough-0123456789';

describe('loadConfig', () => {
  it('has working development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      isProduction: false,
      port: 4000,
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
    expect(config.subgraphUrls).toEqual({
      'partners-governance': 'http://127.0.0.1:4001/graphql',
      people: 'http://127.0.0.1:4002/graphql',
      events: 'http://127.0.0.1:4003/graphql',
      evaluation: 'http://127.0.0.1:4004/graphql',
      'teacher-swap': 'http://127.0.0.1:4005/graphql',
    });
    expect(Object.keys(config.subgraphUrls).sort()).toEqual([...SUBGRAPH_NAMES].sort());
  });

  it('reads and coerces overrides, treating empty values as unset', () => {
    const config = loadConfig({
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
    const config = loadConfig({ AUTH_JWKS_URL: 'https://login.example.org/.well-known/jwks.json' });
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
  ])('refuses an invalid %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('never puts a value in its error message (it may be a secret)', () => {
    try {
      loadConfig({ INTERNAL_TOKEN_SECRET: 'hunter2-hunter2' });
      throw new Error('expected loadConfig to throw');
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidConfigError);
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  describe('in production', () => {
    it('requires a private internal-token secret and refuses the development issuer secret', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
        /INTERNAL_TOKEN_SECRET.*AUTH_JWT_SECRET/,
      );
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
