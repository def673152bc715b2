import { randomUUID } from 'node:crypto';
import { createEnvelope, GovernanceEvents, PartnerEvents } from '@ekst/contracts';
import type { EventDefinition } from '@ekst/contracts';
import { bindTx } from '@ekst/messaging';
import type { Clock } from '@ekst/messaging';
import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import {
  addPartnerLocation,
  migratePartnerProjection,
  partnerProjectionHandlers,
  PartnerProjectionEntity,
} from '../src';

class PartnerProjection1732300000096 implements MigrationInterface {
  name = 'PartnerProjection1732300000096';
  async up(q: QueryRunner): Promise<void> {
    await migratePartnerProjection(q);
    await addPartnerLocation(q);
  }
  down(q: QueryRunner): Promise<void> {
    return q.query(`DROP TABLE partner_projection`).then(() => undefined);
  }
}

/** The handlers on their own, in a transaction as the inbox runs them; Kafka is covered in tools/graph-tests. */
describe('partner projection handlers (real Postgres)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let now = new Date('2026-01-05T09:00:00Z');
  const clock: Clock = { now: () => now };

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'partner-projection-handlers',
      entities: [PartnerProjectionEntity],
      migrations: [PartnerProjection1732300000096],
    });
    ({ dataSource: ds } = createServiceDataSource(
      { url: db.url, applicationName: 'partner-projection-handlers', poolMax: 2 },
      { entities: [PartnerProjectionEntity], migrations: [] },
    ));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  async function apply(definition: EventDefinition, partnerId: string, payload: unknown) {
    const handler = partnerProjectionHandlers.find((h) => h.definition === definition)!;
    const envelope = createEnvelope({
      type: definition.type,
      version: definition.version,
      aggregateId: partnerId,
      producer: 'partners-governance',
      payload,
    });
    await ds.transaction((m) =>
      handler.handle(
        bindTx(m, { topic: 'unused', producer: 'people', clock, config: {} }),
        payload,
        envelope,
      ),
    );
  }
  const joined = (
    partnerId: string,
    name: string,
    joinedOn = '2025-09-01',
    site: { location?: { lat: number; lng: number } | null } = {},
  ) =>
    apply(PartnerEvents.joined, partnerId, {
      partnerId,
      name,
      kind: 'STATE',
      sector: 'STATE',
      town: 'Ramsgate',
      joinedOn,
      ...site,
    });
  const row = (id: string) => ds.getRepository(PartnerProjectionEntity).findOneByOrFail({ id });

  it('projects a join, a repeated join as the current name, a leaving and a re-join', async () => {
    const id = randomUUID();
    await joined(id, 'Ramsgate School');
    expect(await row(id)).toMatchObject({
      name: 'Ramsgate School',
      status: 'ACTIVE',
      joinedOn: '2025-09-01',
      leftOn: null,
      updatedAt: now,
    });

    now = new Date('2026-02-01T09:00:00Z');
    await joined(id, 'Ramsgate Free School');
    expect(await row(id)).toMatchObject({ name: 'Ramsgate Free School', updatedAt: now });

    await apply(PartnerEvents.left, id, { partnerId: id, leftOn: '2026-07-31' });
    expect(await row(id)).toMatchObject({ status: 'LEFT', leftOn: '2026-07-31' });

    await joined(id, 'Ramsgate Free School', '2027-09-01');
    expect(await row(id)).toMatchObject({ status: 'ACTIVE', joinedOn: '2027-09-01', leftOn: null });
  });

  it('keeps the site: set, kept by a message without one, cleared by an explicit null', async () => {
    const id = randomUUID();
    await joined(id, 'Sandwich School', '2025-09-01', { location: { lat: 51.2746, lng: 1.3388 } });
    expect(await row(id)).toMatchObject({ lat: 51.2746, lng: 1.3388 });
    // An announcement from before coordinates travelled says nothing about the site.
    await joined(id, 'Sandwich School');
    expect(await row(id)).toMatchObject({ lat: 51.2746, lng: 1.3388 });
    await joined(id, 'Sandwich School', '2025-09-01', { location: null });
    expect(await row(id)).toMatchObject({ lat: null, lng: null });
  });

  it('ignores the leaving of a partner it never heard join', async () => {
    const id = randomUUID();
    await apply(PartnerEvents.left, id, { partnerId: id, leftOn: '2026-07-31' });
    expect(await ds.getRepository(PartnerProjectionEntity).existsBy({ id })).toBe(false);
  });

  it('applies PartnerUpdated: new name, kind, sector and site; membership untouched', async () => {
    const id = randomUUID();
    await joined(id, 'Deal Academy', '2025-09-01', { location: { lat: 51.22, lng: 1.4 } });
    await apply(PartnerEvents.left, id, { partnerId: id, leftOn: '2026-07-31' });
    now = new Date('2026-03-01T09:00:00Z');
    await apply(GovernanceEvents.partnerUpdated, id, {
      partnerId: id,
      name: 'Deal Grammar',
      kind: 'SELECTIVE',
      sector: 'STATE',
      town: 'Deal',
      location: { lat: 51.23, lng: 1.39 },
    });
    expect(await row(id)).toMatchObject({
      name: 'Deal Grammar',
      kind: 'SELECTIVE',
      lat: 51.23,
      lng: 1.39,
      status: 'LEFT',
      leftOn: '2026-07-31',
      joinedOn: '2025-09-01',
      updatedAt: now,
    });
    await apply(GovernanceEvents.partnerUpdated, id, {
      partnerId: id,
      name: 'Deal Grammar',
      kind: 'SELECTIVE',
      sector: 'STATE',
      town: 'Deal',
      location: null,
    });
    expect(await row(id)).toMatchObject({ lat: null, lng: null });
  });

  it('ignores an update of a partner it never heard join', async () => {
    const id = randomUUID();
    await apply(GovernanceEvents.partnerUpdated, id, {
      partnerId: id,
      name: 'Nowhere',
      kind: 'STATE',
      sector: 'STATE',
      town: 'Deal',
      location: null,
    });
    expect(await ds.getRepository(PartnerProjectionEntity).existsBy({ id })).toBe(false);
  });
});
