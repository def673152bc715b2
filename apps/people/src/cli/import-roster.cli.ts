import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Caller } from '@ekst/auth';
import { topicFor } from '@ekst/contracts';
import { systemClock } from '@ekst/messaging';
import { createServiceDataSource } from '@ekst/persistence';
import { useCaseDeps } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { processSigner } from '../auth/signer';
import { loadConfig } from '../config';
import type { RosterKind } from '../domain/roster-csv';
import { PersonEntity } from '../entities/person.entity';
import { peopleModule } from '../module';
import { importRoster } from '../use-cases/import-roster.use-case';
import type { RosterReport } from '../use-cases/import-roster.use-case';

const USAGE = `Usage: npx nx run people:roster-import -- --as <personId> --partner <partnerId> \\
         --kind STUDENTS|STAFF --file roster.csv [--apply]

Runs the same use case as the importRoster mutation, against the people database
(DATABASE_URL), as the person named by --as (the coordinator, or a champion of the partner:
their roles decide, as through the graph). Without --apply it is a dry run. Events go to the
outbox; the running people service's relay publishes them.`;

/** The person the CLI acts for, with the roles and partner on record (not claimed on the command line). */
async function callerFor(dataSource: DataSource, personId: string): Promise<Caller | null> {
  const person = await dataSource.getRepository(PersonEntity).findOneBy({ id: personId });
  if (!person || person.leftOn !== null) return null;
  return { kind: 'person', subject: person.id, roles: person.roles, partnerId: person.partnerId };
}

function printReport(report: RosterReport): void {
  const out = process.stdout;
  out.write(`${report.dryRun ? 'DRY RUN (nothing written)' : 'APPLIED'}: ${report.kind}\n`);
  for (const row of report.rows) {
    if (row.outcome === 'UNCHANGED') continue;
    out.write(
      `line ${row.line}\t${row.outcome}${row.reason ? `\t${row.reason}\t${row.message ?? ''}` : ''}\n`,
    );
  }
  out.write(
    `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, refused ${report.refused}\n`,
  );
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      as: { type: 'string' },
      partner: { type: 'string' },
      kind: { type: 'string' },
      file: { type: 'string' },
      apply: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (
    values.help ||
    !values.as ||
    !values.partner ||
    !values.file ||
    (values.kind !== 'STUDENTS' && values.kind !== 'STAFF')
  ) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const { dataSource } = createServiceDataSource(
    { url: config.databaseUrl, applicationName: 'people-roster-cli', poolMax: 2 },
    { entities: peopleModule.entities, migrations: [] },
  );
  await dataSource.initialize();
  try {
    const caller = await callerFor(dataSource, values.as.toLowerCase());
    if (!caller) {
      process.stderr.write('no such person (--as)\n');
      return 2;
    }
    const deps = {
      ...useCaseDeps(caller, dataSource, {
        topic: topicFor('people', config.topicPrefix),
        producer: 'people' as const,
        clock: systemClock,
        config,
      }),
      signer: processSigner,
    };
    const result = await importRoster(deps, {
      input: {
        partnerId: values.partner,
        kind: values.kind as RosterKind,
        csv: readFileSync(values.file, 'utf8'),
        dryRun: !values.apply,
      },
    });
    switch (result.kind) {
      case 'done':
        printReport(result.value);
        return 0;
      case 'rejected':
        for (const e of result.errors) process.stderr.write(`${e.code}: ${e.message}\n`);
        return 1;
      case 'forbidden':
        process.stderr.write(`FORBIDDEN: ${result.reason}\n`);
        return 3;
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
