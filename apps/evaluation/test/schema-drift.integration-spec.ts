import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { migrations } from '../src/migrations';
import { evaluationModule } from '../src/module';

/**
 * Entities and migrations describe the same schema: after migrating, TypeORM would change
 * nothing. Fails when a migration is missing for an entity change (or the reverse).
 */
describe('evaluation schema drift', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'evaluation',
      entities: evaluationModule.entities,
      migrations,
    });
    ds = createServiceDataSource(
      { url: db.url, applicationName: 'evaluation-drift-test' },
      { entities: evaluationModule.entities, migrations },
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
