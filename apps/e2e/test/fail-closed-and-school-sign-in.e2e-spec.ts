import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEV_INTERNAL_TOKEN_SECRET } from '@ekst/auth';
import { devUserToken, gql, retryUntil, TestStack } from '@ekst/testing';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';
import { Client } from 'pg';

/**
 * Issue 8, defects 8 and 10, as the callers who hit them.
 *
 * 8: a deployment that forgets NODE_ENV and the development flag must fail closed. Real processes
 *    with a bare environment: the gateway refuses a token signed with the development secret, and
 *    subgraphs (and the gateway) refuse to start on the development secrets, naming EKST_DEV_AUTH.
 * 10: staff sign in with their school's Microsoft 365 (Entra ID) or Google Workspace account. A
 *    local JWKS server issues Entra-shaped and Google-shaped tokens; the whole platform runs as
 *    processes (ports 49xx) and the gateway maps each token, by tenant or hosted domain and
 *    verified e-mail, to the person the people service knows.
 */

const REPO_ROOT = path.resolve(__dirname, '../../..');
const PRIVATE_SECRET = `private-internal-secret-${randomBytes(12).toString('hex')}`;

interface Exit {
  code: number | null;
  output: string;
}

/** A bare environment: no NODE_ENV, no EKST_DEV_AUTH, nothing inherited from Jest. */
function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...extra };
}

function startProcess(app: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  );
  return { child, exited, output: () => output };
}

/** Waits for a process that must refuse to start; kills it (and fails) if it does not. */
async function expectRefusal(app: string, env: NodeJS.ProcessEnv): Promise<string> {
  const p = startProcess(app, env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 30_000);
  const { code, output } = await p.exited;
  clearTimeout(timer);
  expect(code).not.toBe(0);
  expect(code).not.toBeNull(); // null: it was still running when killed
  return output;
}

describe('defect 8: with NODE_ENV unset and no EKST_DEV_AUTH the platform fails closed', () => {
  it('a gateway with a private internal secret starts, and answers UNAUTHENTICATED to a dev-signed coordinator token', async () => {
    const port = 4910;
    const gateway = startProcess(
      'gateway',
      bareEnv({ PORT: String(port), INTERNAL_TOKEN_SECRET: PRIVATE_SECRET }),
    );
    try {
      await retryUntil(
        async () => {
          if (gateway.child.exitCode !== null) throw new Error(gateway.output());
          const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
          return res?.status === 200 ? true : null;
        },
        'the gateway becomes ready',
        { timeoutMs: 45_000, detail: () => gateway.output() },
      );
      // What anyone can mint from the secret committed to the repository.
      const forged = await devUserToken({
        sub: '00000000-0000-4000-8000-0000000008c0',
        roles: ['COORDINATOR'],
      });
      const r = await gql(`http://127.0.0.1:${port}/graphql`, forged, `{ partners { id name } }`);
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.data ?? null).toBeNull();
    } finally {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  }, 60_000);

  it('a subgraph on the development internal-token secret exits non-zero, naming the variables', async () => {
    const unset = await expectRefusal('teacher-swap', bareEnv({}));
    expect(unset).toMatch(/INTERNAL_TOKEN_SECRET/);
    expect(unset).toMatch(/EKST_DEV_AUTH=1/);
    const explicit = await expectRefusal(
      'events',
      bareEnv({ NODE_ENV: 'development', INTERNAL_TOKEN_SECRET: DEV_INTERNAL_TOKEN_SECRET }),
    );
    expect(explicit).toMatch(/INTERNAL_TOKEN_SECRET.*EKST_DEV_AUTH=1/);
  }, 70_000);

  it('people refuses its development signing key, and the gateway the development secret', async () => {
    const people = await expectRefusal(
      'people',
      bareEnv({ INTERNAL_TOKEN_SECRET: PRIVATE_SECRET }),
    );
    expect(people).toMatch(/AUTH_SIGNING_KEY.*EKST_DEV_AUTH=1/);
    const gateway = await expectRefusal('gateway', bareEnv({ PORT: '4911' }));
    expect(gateway).toMatch(/INTERNAL_TOKEN_SECRET.*EKST_DEV_AUTH=1/);
  }, 70_000);
});

describe('defect 10: staff sign in with their school Microsoft 365 or Google Workspace account', () => {
  const run = randomBytes(3).toString('hex');
  const OAKFIELD_TENANT = randomUUID();
  const OTHER_TENANT = randomUUID();
  const ENTRA_ISSUER = `https://login.microsoftonline.com/${OAKFIELD_TENANT}/v2.0`;
  const GOOGLE_ISSUER = 'https://accounts.google.com';
  const ENTRA_AUDIENCE = 'api://ekst-graph';
  const GOOGLE_AUDIENCE = `${run}-ekst.apps.googleusercontent.com`;
  const oakfieldDomain = `oakfield-${run}.example`;
  const elmwoodDomain = `elmwood-${run}.example`;

  const dir = mkdtempSync(path.join(os.tmpdir(), 'ekst-oidc-e2e-'));
  const providersFile = path.join(dir, 'providers.json');
  // Written once the partners exist; the gateway is restarted to read it.
  writeFileSync(providersFile, '[]');
  const stack = new TestStack('oidc', 900, { AUTH_OIDC_PROVIDERS_FILE: providersFile });

  let jwks: Server;
  let jwksBase: string;
  let entraKey: CryptoKey;
  let googleKey: CryptoKey;
  let oakfield: string;
  let elmwood: string;
  let oakfieldChampion: string;
  let elmwoodHead: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  async function peopleSql(text: string, params: unknown[]) {
    const c = new Client({ connectionString: stack.databaseUrlOf('people') });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as unknown[];
    } finally {
      await c.end();
    }
  }

  function sign(key: CryptoKey, alg: 'RS256' | 'ES256', kid: string, claims: JWTPayload) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('30m')
      .sign(key);
  }

  /** An Entra ID v2 access token for the EKST API, as Microsoft 365 issues it. */
  function entraToken(claims: JWTPayload) {
    return sign(entraKey, 'RS256', 'entra-1', {
      iss: ENTRA_ISSUER,
      aud: ENTRA_AUDIENCE,
      sub: randomBytes(16).toString('base64url'), // pairwise: not the person id
      oid: randomUUID(),
      tid: OAKFIELD_TENANT,
      ...claims,
    });
  }

  /** A Google Workspace ID token. */
  function googleToken(claims: JWTPayload) {
    return sign(googleKey, 'ES256', 'google-1', {
      iss: GOOGLE_ISSUER,
      aud: GOOGLE_AUDIENCE,
      sub: String(100000000000000000000n + BigInt(Math.floor(Math.random() * 1e9))),
      hd: elmwoodDomain,
      email_verified: true,
      ...claims,
    });
  }

  const ME = `{ me { id roles partner { id } } }`;
  type Me = { me: { id: string; roles: string[]; partner: { id: string } | null } | null };

  async function expectRefused(token: string) {
    const r = await q<Me>(token, ME);
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  }

  beforeAll(async () => {
    const entra = await generateKeyPair('RS256');
    const google = await generateKeyPair('ES256');
    entraKey = entra.privateKey;
    googleKey = google.privateKey;
    const entraJwks = {
      keys: [{ ...(await exportJWK(entra.publicKey)), kid: 'entra-1', alg: 'RS256', use: 'sig' }],
    };
    const googleJwks = {
      keys: [{ ...(await exportJWK(google.publicKey)), kid: 'google-1', alg: 'ES256', use: 'sig' }],
    };
    jwks = createServer((req, res) => {
      const body =
        req.url === '/entra/keys' ? entraJwks : req.url === '/google/certs' ? googleJwks : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksBase = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}`;

    await stack.start();
    const coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000009c0',
      roles: ['COORDINATOR'],
    });
    const partner = async (name: string, kind: string) => {
      const r = await q<{ createPartner: { partner: { id: string } } }>(
        coordinator,
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
        { input: { name: `${name} ${run}`, kind, town: 'Canterbury' } },
      );
      const id = r.data!.createPartner.partner.id;
      await retryUntil(
        async () =>
          (await peopleSql(`SELECT 1 FROM partner_projection WHERE id = $1`, [id])).length === 1 ||
          null,
        'partner reaches people',
      );
      return id;
    };
    oakfield = await partner('Oakfield School', 'STATE');
    elmwood = await partner('Elmwood College', 'INDEPENDENT');
    const person = async (
      partnerId: string,
      displayName: string,
      roles: string[],
      email: string,
    ) => {
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: unknown[] } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
        { input: { partnerId, displayName, roles, email } },
      );
      expect(r.data?.registerPerson.errors).toEqual([]);
      return r.data!.registerPerson.person!.id;
    };
    oakfieldChampion = await person(
      oakfield,
      'Tariq Ahmed',
      ['CHAMPION', 'TEACHER'],
      `t.ahmed@${oakfieldDomain}`,
    );
    elmwoodHead = await person(elmwood, 'Helen Baker', ['HEAD'], `h.baker@${elmwoodDomain}`);

    // What each school's IT admin would configure (see apps/gateway/README.md).
    writeFileSync(
      providersFile,
      JSON.stringify([
        {
          name: 'microsoft',
          issuers: [ENTRA_ISSUER],
          jwksUrl: `${jwksBase}/entra/keys`,
          audience: ENTRA_AUDIENCE,
          emailClaims: ['email', 'preferred_username'],
          tenantClaim: 'tid',
          tenants: { [OAKFIELD_TENANT]: { partnerId: oakfield, emailDomains: [oakfieldDomain] } },
        },
        {
          name: 'google',
          issuers: [GOOGLE_ISSUER, 'accounts.google.com'],
          jwksUrl: `${jwksBase}/google/certs`,
          audience: GOOGLE_AUDIENCE,
          emailClaims: ['email'],
          emailVerifiedClaim: 'email_verified',
          tenantClaim: 'hd',
          tenants: { [elmwoodDomain]: { partnerId: elmwood, emailDomains: [elmwoodDomain] } },
        },
      ]),
    );
    await stack.kill('gateway');
    await stack.startGateway();
  }, 240_000);

  afterAll(async () => {
    await stack?.dispose();
    await new Promise((resolve) => jwks?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("Oakfield's champion signs in with Microsoft 365: EKST's roles and partner reach the subgraphs, not the token's", async () => {
    const token = await entraToken({
      preferred_username: `T.Ahmed@${oakfieldDomain.toUpperCase()}`,
      name: 'Tariq Ahmed',
      // App roles in the school's tenant grant nothing in EKST: roles are EKST's own.
      roles: ['COORDINATOR'],
    });
    const r = await q<Me>(token, ME);
    expect(r.errors).toBeUndefined();
    expect(r.data?.me?.id).toBe(oakfieldChampion);
    expect([...(r.data?.me?.roles ?? [])].sort()).toEqual(['CHAMPION', 'TEACHER']);
    expect(r.data?.me?.partner?.id).toBe(oakfield);

    // ...and not what a coordinator may do.
    const add = await q<{ createPartner: { partner: { id: string } | null } | null }>(
      token,
      `mutation { createPartner(input: { name: "Sneaky ${run}", kind: STATE, town: "Dover" }) { partner { id } } }`,
    );
    expect(add.data?.createPartner?.partner ?? null).toBeNull();
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("Elmwood's head signs in with Google Workspace and is Elmwood's head, nobody else", async () => {
    const token = await googleToken({ email: `h.baker@${elmwoodDomain}` });
    const r = await q<Me>(token, ME);
    expect(r.errors).toBeUndefined();
    expect(r.data?.me).toEqual({ id: elmwoodHead, roles: ['HEAD'], partner: { id: elmwood } });
    expect(r.data?.me?.id).not.toBe(oakfieldChampion);
  });

  it('refuses an unverified Google e-mail, an address nobody in EKST holds, and a consumer account', async () => {
    await expectRefused(
      await googleToken({ email: `h.baker@${elmwoodDomain}`, email_verified: false }),
    );
    await expectRefused(await googleToken({ email: `nobody@${elmwoodDomain}` }));
    await expectRefused(await googleToken({ email: `h.baker.${run}@gmail.com`, hd: undefined }));
  });

  it('refuses a token from another tenant or domain, and an address outside the tenant’s domains', async () => {
    // Another school's tenant signing with its own issuer...
    await expectRefused(
      await entraToken({
        iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
        tid: OTHER_TENANT,
        preferred_username: `t.ahmed@${oakfieldDomain}`,
      }),
    );
    // ...or claiming a configured issuer with its own tenant id.
    await expectRefused(
      await entraToken({ tid: OTHER_TENANT, preferred_username: `t.ahmed@${oakfieldDomain}` }),
    );
    // A Google Workspace domain that is not Elmwood's.
    await expectRefused(
      await googleToken({ hd: `other-${run}.example`, email: `h.baker@other-${run}.example` }),
    );
    // Oakfield's tenant vouching for Elmwood's head (an e-mail its users could set themselves).
    await expectRefused(await entraToken({ email: `h.baker@${elmwoodDomain}` }));
  });
});
