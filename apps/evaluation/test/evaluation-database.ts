import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { evaluationModule } from '../src/module';

/**
 * A migrated evaluation database of its own and a DataSource on it (no migrations run again),
 * for the tests that write its tables directly. Stop it with `stop()`.
 */
export async function startEvaluationDatabase(
  applicationName: string,
  poolMax = 2,
): Promise<{ db: TestDatabase; ds: DataSource; stop(): Promise<void> }> {
  const db = await createTestDatabase({
    service: 'evaluation',
    entities: evaluationModule.entities,
    migrations: evaluationModule.migrations,
  });
  const { dataSource: ds } = createServiceDataSource(
    { url: db.url, applicationName, poolMax },
    { entities: evaluationModule.entities, migrations: [] },
  );
  await ds.initialize();
  return {
    db,
    ds,
    async stop() {
      await ds.destroy();
      await db.drop();
    },
  };
}

/** The impact pairs as the report used to join them, from the base tables. */
export const RECOMPUTED_PAIRS = `
  SELECT r.id AS response_id, e.academic_year, post.event_id, post.instrument, i.person_id,
         coalesce(i.person_id, r.id) AS unit, pp.partner_id, r.change::text AS change
    FROM survey_response r
    JOIN survey post ON post.id = r.survey_id
    JOIN event_projection e ON e.id = post.event_id
    LEFT JOIN survey_invitation i ON i.id = r.invitation_id
    LEFT JOIN person_projection pp ON pp.id = i.person_id
   WHERE r.change IS NOT NULL AND post.phase = 'POST'
   ORDER BY r.id`;

/** The pairs `impact_pair` keeps (change as text: to the last digit and scale). */
export const keptPairs = (ds: DataSource): Promise<unknown[]> =>
  ds.query(`SELECT response_id, academic_year, event_id, instrument, person_id, unit, partner_id,
                   change::text AS change
              FROM impact_pair ORDER BY response_id`) as Promise<unknown[]>;
