import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { migrations } from '../src/migrations';
import { eventsModule } from '../src/module';

/**
 * Entities and migrations describe the same schema: after migrating, TypeORM would change
 * nothing. Fails when a migration is missing for an entity change (or the reverse).
 */
describe('events schema drift', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'events',
      entities: eventsModule.entities,
      migrations,
    });
    ds = createServiceDataSource(
      { url: db.url, applicationName: 'events-drift-test' },
      { entities: eventsModule.entities, migrations },
    ).dataSource;
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('has no pending schema changes after the migrations', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
