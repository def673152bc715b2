import { randomUUID } from 'node:crypto';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import {
  addPartnerLocation,
  migratePartnerProjection,
  PartnerProjectionEntity,
  removePartnerLocation,
  revertPartnerProjection,
} from '../src';
import type { LegacyPartnerProjectionShape } from '../src';

// The two shapes as the services' first migrations built them (frozen here: those migrations
// live in the apps, which a lib may not import).
const LEGACY_SQL: Record<LegacyPartnerProjectionShape, string> = {
  status: `
    CREATE TABLE partner_projection (
      id          uuid PRIMARY KEY,
      name        text NOT NULL,
      kind        text NOT NULL CHECK (kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')),
      sector      text NOT NULL CHECK (sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')),
      status      text NOT NULL CHECK (status IN ('ACTIVE','LEFT')),
      left_on     date,
      updated_at  timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'LEFT') = (left_on IS NOT NULL))
    )`,
  'joined-on': `
    CREATE TABLE partner_projection (
      id          uuid PRIMARY KEY,
      name        text NOT NULL,
      kind        text NOT NULL CHECK (kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')),
      sector      text NOT NULL CHECK (sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')),
      joined_on   date NOT NULL,
      left_on     date,
      updated_at  timestamptz NOT NULL DEFAULT now()
    )`,
};

/** An empty database (no partner table), so each case builds the shape it starts from. */
class Nothing1732300000097 implements MigrationInterface {
  name = 'Nothing1732300000097';
  up(): Promise<void> {
    return Promise.resolve();
  }
  down(): Promise<void> {
    return Promise.resolve();
  }
}

interface Row {
  id: string;
  name: string;
  status: string;
  joined_on: string | null;
  left_on: string | null;
}

describe('migratePartnerProjection (real Postgres)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeEach(async () => {
    db = await createTestDatabase({
      service: 'partner-projection-migration',
      entities: [],
      migrations: [Nothing1732300000097],
    });
    ({ dataSource: ds } = createServiceDataSource(
      { url: db.url, applicationName: 'partner-projection-migration', poolMax: 2 },
      { entities: [PartnerProjectionEntity], migrations: [] },
    ));
    await ds.initialize();
  });

  afterEach(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  async function inTransaction(work: (q: QueryRunner) => Promise<void>): Promise<void> {
    const q = ds.createQueryRunner();
    await q.startTransaction();
    try {
      await work(q);
      await q.commitTransaction();
    } catch (e) {
      await q.rollbackTransaction();
      throw e;
    } finally {
      await q.release();
    }
  }

  const rows = (): Promise<Row[]> =>
    ds.query(
      `SELECT id, name, status, to_char(joined_on, 'YYYY-MM-DD') AS joined_on,
              to_char(left_on, 'YYYY-MM-DD') AS left_on
       FROM partner_projection ORDER BY name`,
    );
  const columns = async (): Promise<string[]> =>
    (
      (await ds.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'partner_projection' ORDER BY column_name`,
      )) as Array<{ column_name: string }>
    ).map((c) => c.column_name);
  /** What TypeORM would change to match the entity: nothing, once migrated. */
  const drift = async (): Promise<string[]> =>
    (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);

  it('keeps every row of the status shape (people, teacher-swap), and reverts to it', async () => {
    const [active, left] = [randomUUID(), randomUUID()];
    await ds.query(LEGACY_SQL.status);
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, status, left_on) VALUES
         ($1, 'A Active School', 'STATE', 'STATE', 'ACTIVE', NULL),
         ($2, 'B Left School', 'INDEPENDENT', 'INDEPENDENT', 'LEFT', '2025-07-31')`,
      [active, left],
    );
    expect(await drift()).not.toEqual([]);

    await inTransaction(migratePartnerProjection);
    await inTransaction(addPartnerLocation);

    expect(await rows()).toEqual([
      { id: active, name: 'A Active School', status: 'ACTIVE', joined_on: null, left_on: null },
      { id: left, name: 'B Left School', status: 'LEFT', joined_on: null, left_on: '2025-07-31' },
    ]);
    expect(await drift()).toEqual([]);
    await expect(
      ds.query(
        `INSERT INTO partner_projection (id, name, kind, sector, status) VALUES ($1, 'x', 'STATE', 'STATE', 'LEFT')`,
        [randomUUID()],
      ),
    ).rejects.toThrow('partner_projection_left_check');

    await inTransaction(removePartnerLocation);
    await inTransaction((q) => revertPartnerProjection(q, 'status'));
    expect(await columns()).toEqual([
      'id',
      'kind',
      'left_on',
      'name',
      'sector',
      'status',
      'updated_at',
    ]);
    expect(
      (
        (await ds.query(`SELECT id FROM partner_projection ORDER BY name`)) as Array<{ id: string }>
      ).map((r) => r.id),
    ).toEqual([active, left]);
  });

  it('keeps every row of the joined-on shape (events, evaluation), a future leaving date included, and reverts to it', async () => {
    const [active, left, leaving] = [randomUUID(), randomUUID(), randomUUID()];
    await ds.query(LEGACY_SQL['joined-on']);
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on, left_on) VALUES
         ($1, 'A Active School', 'STATE', 'STATE', '2020-09-01', NULL),
         ($2, 'B Left School', 'SELECTIVE', 'STATE', '2019-09-01', '2024-07-31'),
         ($3, 'C Leaving School', 'UNIVERSITY', 'HIGHER_EDUCATION', '2021-09-01', '2099-07-31')`,
      [active, left, leaving],
    );

    await inTransaction(migratePartnerProjection);
    await inTransaction(addPartnerLocation);

    expect(await rows()).toEqual([
      {
        id: active,
        name: 'A Active School',
        status: 'ACTIVE',
        joined_on: '2020-09-01',
        left_on: null,
      },
      {
        id: left,
        name: 'B Left School',
        status: 'LEFT',
        joined_on: '2019-09-01',
        left_on: '2024-07-31',
      },
      // LEFT as soon as the leaving is known; events still lets it host until the date (left_on).
      {
        id: leaving,
        name: 'C Leaving School',
        status: 'LEFT',
        joined_on: '2021-09-01',
        left_on: '2099-07-31',
      },
    ]);
    expect(await drift()).toEqual([]);
    // Seeds and tests that write the old columns only still work: status defaults to ACTIVE.
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, 'D New School', 'STATE', 'STATE', '2025-09-01')`,
      [randomUUID()],
    );

    await inTransaction(removePartnerLocation);
    await inTransaction((q) => revertPartnerProjection(q, 'joined-on'));
    expect(await columns()).toEqual([
      'id',
      'joined_on',
      'kind',
      'left_on',
      'name',
      'sector',
      'updated_at',
    ]);
    expect(
      (
        (await ds.query(
          `SELECT name, to_char(joined_on, 'YYYY-MM-DD') AS joined_on FROM partner_projection ORDER BY name`,
        )) as Array<{ name: string; joined_on: string }>
      ).slice(0, 3),
    ).toEqual([
      { name: 'A Active School', joined_on: '2020-09-01' },
      { name: 'B Left School', joined_on: '2019-09-01' },
      { name: 'C Leaving School', joined_on: '2021-09-01' },
    ]);
  });

  it('creates the table for a service that had none, and running it again changes nothing', async () => {
    await inTransaction(migratePartnerProjection);
    await inTransaction(addPartnerLocation);
    const id = randomUUID();
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, 'School', 'STATE', 'STATE', '2025-09-01')`,
      [id],
    );
    await inTransaction(migratePartnerProjection);
    await inTransaction(addPartnerLocation);
    expect(await rows()).toEqual([
      { id, name: 'School', status: 'ACTIVE', joined_on: '2025-09-01', left_on: null },
    ]);
    expect(await drift()).toEqual([]);
  });

  it('adds the site to a migrated table with rows (null until announced again), both or neither, and removes it keeping the rows', async () => {
    await inTransaction(migratePartnerProjection);
    const id = randomUUID();
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, 'School', 'STATE', 'STATE', '2025-09-01')`,
      [id],
    );
    await inTransaction(addPartnerLocation);
    await inTransaction(addPartnerLocation);
    expect(await ds.query(`SELECT lat, lng FROM partner_projection`)).toEqual([
      { lat: null, lng: null },
    ]);
    expect(await drift()).toEqual([]);
    await expect(
      ds.query(`UPDATE partner_projection SET lat = 51.28 WHERE id = $1`, [id]),
    ).rejects.toThrow('partner_projection_location_check');

    await inTransaction(removePartnerLocation);
    expect(await columns()).not.toContain('lat');
    expect((await rows()).map((r) => r.id)).toEqual([id]);
  });
});
