import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DEV_INTERNAL_TOKEN_SECRET, INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { envelopeSchema, topicFor } from '@ekst/contracts';
import {
  eventually,
  startTestSubgraph,
  testCaller,
  testKafkaBrokers,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { loadApiKeySettings } from '../src/config';
import { partnersGovernanceModule } from '../src/module';
import { FETCH_MAX_WAIT_MS } from '@ekst/messaging';
import { verifyApiKey } from '../src/use-cases/api-keys/verify-api-key.use-case';

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) {
  createPartner(input: $input) { partner { id } errors { code } }
}`;
const KEY_FIELDS =
  'id partnerId name prefix scopes trustedOperations createdAt lastUsedAt expiresAt revokedAt state';
const ISSUE = `mutation($input: IssueApiKeyInput!) {
  issueApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } errors { field code message } }
}`;
const REVOKE = `mutation($id: ID!) {
  revokeApiKey(input: { id: $id }) { apiKey { ${KEY_FIELDS} } errors { field code message } }
}`;
const LIST = `query($partnerId: ID!) { apiKeys(partnerId: $partnerId) { ${KEY_FIELDS} } }`;

interface ApiKeyView {
  id: string;
  partnerId: string;
  prefix: string;
  scopes: string[];
  state: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface IssuePayload {
  issueApiKey: {
    secret: string | null;
    apiKey: ApiKeyView | null;
    errors: Array<{ field: string | null; code: string }>;
  };
}

const GATEWAY: Caller = { kind: 'api-key', subject: 'gateway', roles: [], partnerId: null };
const settings = loadApiKeySettings({ EKST_DEV_AUTH: '1' });

describe('partners-governance API keys', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const coordinator = testCaller(['COORDINATOR']);
  let associateId: string;
  let schoolId: string;

  async function internal(path: string, init: RequestInit = {}, caller: Caller = GATEWAY) {
    const token = await signInternalToken(caller, {
      secret: DEV_INTERNAL_TOKEN_SECRET,
      audience: 'partners-governance',
    });
    return fetch(sg.running.url.replace('/graphql', `/internal${path}`), {
      ...init,
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
    });
  }
  const verify = (key: string, caller?: Caller) =>
    internal('/api-keys/verify', { method: 'POST', body: JSON.stringify({ key }) }, caller);

  async function issue(input: Record<string, unknown>, caller: Caller = coordinator) {
    return sg.query<IssuePayload>(ISSUE, { input }, caller);
  }
  const countKeys = async () =>
    Number(
      (
        (await sg.running.dataSource.query(`SELECT count(*) AS n FROM api_key`)) as Array<{
          n: string;
        }>
      )[0].n,
    );

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: prefix,
      cleanTopics: true,
    });
    const create = async (name: string, kind: string) => {
      const r = await sg.query<{ createPartner: { partner: { id: string } } }>(CREATE_PARTNER, {
        input: { name, kind, town: 'Canterbury' },
      });
      return r.data!.createPartner.partner.id;
    };
    associateId = await create('Canterbury Museums Trust', 'ASSOCIATE');
    schoolId = await create('Barton Court Grammar', 'SELECTIVE');
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('issues a key once: the secret is in the payload, the table holds only its keyed hash', async () => {
    const r = await issue({
      partnerId: associateId,
      name: 'Museum website',
      scopes: ['PROGRAMME_READ', 'IMPACT_READ', 'PROGRAMME_READ'],
    });
    expect(r.errors).toBeUndefined();
    const { secret, apiKey, errors } = r.data!.issueApiKey;
    expect(errors).toEqual([]);
    expect(secret).toMatch(/^ekst_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      partnerId: associateId,
      scopes: ['IMPACT_READ', 'PROGRAMME_READ'],
      state: 'ACTIVE',
      lastUsedAt: null,
    });
    expect(secret!.startsWith(`${apiKey!.prefix}_`)).toBe(true);
    const [row] = (await sg.running.dataSource.query(
      `SELECT secret_hash, display_prefix FROM api_key WHERE id = $1`,
      [apiKey!.id],
    )) as Array<{ secret_hash: Buffer; display_prefix: string }>;
    expect(row.secret_hash).toHaveLength(32);
    const secretPart = secret!.slice(apiKey!.prefix.length + 1);
    expect(row.secret_hash.toString('hex')).not.toContain(Buffer.from(secretPart).toString('hex'));

    const ok = await verify(secret!);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      keyId: apiKey!.id,
      partnerId: associateId,
      scopes: ['IMPACT_READ', 'PROGRAMME_READ'],
      expiresAt: null,
      trustedOperations: null,
    });
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await countKeys();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ partnerId: associateId, name: 'x', scopes: ['PROGRAMME_READ'] }, 'name', 'INVALID'],
      [{ partnerId: associateId, name: 'No scopes', scopes: [] }, 'scopes', 'INVALID'],
      [
        {
          partnerId: associateId,
          name: 'Past',
          scopes: ['PROGRAMME_READ'],
          expiresAt: '2020-01-01T00:00:00Z',
        },
        'expiresAt',
        'INVALID',
      ],
      [
        {
          partnerId: associateId,
          name: 'Bad hash',
          scopes: ['PROGRAMME_READ'],
          trustedOperations: ['abc'],
        },
        'trustedOperations.0',
        'INVALID',
      ],
      [
        { partnerId: schoolId, name: 'A school', scopes: ['PROGRAMME_READ'] },
        'partnerId',
        'INVALID',
      ],
      [
        { partnerId: randomUUID(), name: 'Nobody', scopes: ['PROGRAMME_READ'] },
        'partnerId',
        'NOT_FOUND',
      ],
    ];
    for (const [input, field, code] of cases) {
      const r = await issue(input);
      expect(r.data!.issueApiKey.secret).toBeNull();
      expect(r.data!.issueApiKey.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await countKeys()).toBe(before);
  });

  it('only the coordinator issues and revokes; an associate lists only its own keys, never a secret', async () => {
    const before = await countKeys();
    const associate = testCaller(['ASSOCIATE'], { partnerId: associateId });
    const head = testCaller(['HEAD'], { partnerId: schoolId });
    for (const caller of [associate, head]) {
      const r = await issue(
        { partnerId: associateId, name: 'Sneaky', scopes: ['PROGRAMME_READ'] },
        caller,
      );
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countKeys()).toBe(before);

    const own = await sg.query<{ apiKeys: ApiKeyView[] }>(
      LIST,
      { partnerId: associateId },
      associate,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.apiKeys.length).toBeGreaterThan(0);
    expect(own.data!.apiKeys.every((k) => k.partnerId === associateId)).toBe(true);
    expect(JSON.stringify(own.data)).not.toMatch(/ekst_live_[0-9a-f]{32}_/);

    const other = await sg.query<{ apiKeys: ApiKeyView[] | null }>(
      LIST,
      { partnerId: associateId },
      head,
    );
    expect(other.data!.apiKeys).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const keyId = own.data!.apiKeys[0].id;
    const r = await sg.query<{ revokeApiKey: unknown }>(REVOKE, { id: keyId }, associate);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = (await sg.running.dataSource.query(
      `SELECT revoked_at FROM api_key WHERE id = $1`,
      [keyId],
    )) as Array<{ revoked_at: Date | null }>;
    expect(row.revoked_at).toBeNull();
  });

  it('revokes at once, announces ApiKeyRevoked once, and lists revocations for the gateway', async () => {
    const issued = (
      await issue({ partnerId: associateId, name: 'To revoke', scopes: ['PARTNERS_READ'] })
    ).data!.issueApiKey;
    const keyId = issued.apiKey!.id;
    expect((await verify(issued.secret!)).status).toBe(200);
    const since = new Date(Date.now() - 1000).toISOString();

    const r1 = await sg.query<{ revokeApiKey: { apiKey: ApiKeyView } }>(REVOKE, { id: keyId });
    expect(r1.data!.revokeApiKey.apiKey.state).toBe('REVOKED');
    const r2 = await sg.query<{ revokeApiKey: { apiKey: ApiKeyView } }>(REVOKE, { id: keyId });
    expect(r2.data!.revokeApiKey.apiKey.revokedAt).toBe(r1.data!.revokeApiKey.apiKey.revokedAt);

    const refused = await verify(issued.secret!);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toEqual({ reason: 'revoked' });

    const pulled = await internal(`/api-keys/revoked?since=${encodeURIComponent(since)}`);
    expect(pulled.status).toBe(200);
    const body = (await pulled.json()) as { revoked: Array<{ keyId: string }> };
    expect(body.revoked.map((k) => k.keyId)).toContain(keyId);

    const unknown = await sg.query<{ revokeApiKey: { errors: Array<{ code: string }> } }>(REVOKE, {
      id: randomUUID(),
    });
    expect(unknown.data!.revokeApiKey.errors[0].code).toBe('NOT_FOUND');

    const kafka = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({
      groupId: `${prefix}api-keys-test`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    const seen: unknown[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({
        topic: topicFor('partners-governance', prefix),
        fromBeginning: true,
      });
      await consumer.run({
        eachMessage: async ({ message }) => {
          const envelope = envelopeSchema.parse(JSON.parse(message.value!.toString()));
          if (envelope.type === 'ApiKeyRevoked') seen.push(envelope.payload);
        },
      });
      await eventually(async () => seen.length > 0, 30000);
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      await consumer.disconnect();
    }
    expect(seen).toEqual([
      { keyId, partnerId: associateId, revokedAt: r1.data!.revokeApiKey.apiKey.revokedAt },
    ]);
  }, 60000);

  it('refuses unknown, tampered and malformed keys alike, and expired keys as expired', async () => {
    const issued = (
      await issue({
        partnerId: associateId,
        name: 'Expiring',
        scopes: ['PARTNERS_READ'],
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      })
    ).data!.issueApiKey;
    const key = issued.secret!;
    const tampered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    const otherId = `ekst_live_${randomUUID().replace(/-/g, '')}_${key.slice(-43)}`;
    for (const bad of [tampered, otherId, 'ekst_live_nope', 'x'.repeat(199)]) {
      const res = await verify(bad);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ reason: 'unknown' });
    }
    await sg.running.dataSource.query(
      `UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [issued.apiKey!.id],
    );
    const expired = await verify(key);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toEqual({ reason: 'expired' });
    const listed = await sg.query<{ apiKeys: ApiKeyView[] }>(LIST, { partnerId: associateId });
    expect(listed.data!.apiKeys.find((k) => k.id === issued.apiKey!.id)?.state).toBe('EXPIRED');
  });

  it('refuses the keys of a partner that has left the partnership', async () => {
    const leaving = await sg.query<{ createPartner: { partner: { id: string } } }>(CREATE_PARTNER, {
      input: { name: 'Leaving Associates Ltd', kind: 'ASSOCIATE', town: 'Deal' },
    });
    const partnerId = leaving.data!.createPartner.partner.id;
    const issued = (await issue({ partnerId, name: 'Before leaving', scopes: ['PARTNERS_READ'] }))
      .data!.issueApiKey;
    expect((await verify(issued.secret!)).status).toBe(200);
    await sg.running.dataSource.query(`UPDATE partner SET left_on = current_date WHERE id = $1`, [
      partnerId,
    ]);
    const refused = await verify(issued.secret!);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toEqual({ reason: 'revoked' });
  });

  it('only the gateway may call the internal endpoints', async () => {
    const issued = (
      await issue({ partnerId: associateId, name: 'Gateway only', scopes: ['PARTNERS_READ'] })
    ).data!.issueApiKey;
    const res = await verify(issued.secret!, testCaller(['COORDINATOR']));
    expect(res.status).toBe(403);
    const noToken = await fetch(sg.running.url.replace('/graphql', '/internal/api-keys/verify'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: issued.secret }),
    });
    expect(noToken.status).toBe(401);
  });

  it('writes last-used at most once per throttle period, also under concurrent verification', async () => {
    const issued = (
      await issue({ partnerId: associateId, name: 'Throttled', scopes: ['PARTNERS_READ'] })
    ).data!.issueApiKey;
    const id = issued.apiKey!.id;
    const lastUsed = async () =>
      (
        (await sg.running.dataSource.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [
          id,
        ])) as Array<{
          last_used_at: Date | null;
        }>
      )[0].last_used_at;
    const t0 = new Date('2030-01-01T10:00:00Z');
    await Promise.all(
      Array.from({ length: 5 }, () =>
        verifyApiKey(sg.running.dataSource, settings, issued.secret!, t0),
      ),
    );
    expect((await lastUsed())?.toISOString()).toBe(t0.toISOString());
    // 59 s later: not yet due, nothing written.
    await verifyApiKey(
      sg.running.dataSource,
      settings,
      issued.secret!,
      new Date(t0.getTime() + 59_000),
    );
    expect((await lastUsed())?.toISOString()).toBe(t0.toISOString());
    // A minute later: written again.
    const t1 = new Date(t0.getTime() + 60_000);
    await verifyApiKey(sg.running.dataSource, settings, issued.secret!, t1);
    expect((await lastUsed())?.toISOString()).toBe(t1.toISOString());
    const listed = await sg.query<{ apiKeys: ApiKeyView[] }>(LIST, { partnerId: associateId });
    expect(listed.data!.apiKeys.find((k) => k.id === id)?.lastUsedAt).toBe(t1.toISOString());
  });
});
