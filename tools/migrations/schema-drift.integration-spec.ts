import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase, SUBGRAPHS } from '@ekst/testing';
import { loadModule } from './service-modules';
import { schemaDrift } from './cli';

/**
 * For every service, entities and migrations describe the same schema: after migrating, TypeORM
 * would change nothing. Fails when an entity changes without a migration (or the reverse).
 */
describe.each(SUBGRAPHS.map((s) => s.name))('%s schema', (service) => {
  it('has no drift between entities and migrations', async () => {
    const module = await loadModule(service);
    const db = await createTestDatabase({
      service,
      entities: module.entities,
      migrations: module.migrations,
    });
    const { dataSource } = createServiceDataSource(
      { url: db.url, applicationName: 'drift-check', poolMax: 1 },
      { entities: module.entities, migrations: [] },
    );
    await dataSource.initialize();
    try {
      expect(await schemaDrift(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
