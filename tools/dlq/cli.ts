/**
 * Dead letters, per service, from its own database (`dead_letter`, written by the inbox consumer):
 *   npm run dlq -- list [--service people] [--type PersonErased] [--include-redriven]
 *   npm run dlq -- show <id> --service people
 *   npm run dlq -- redrive <id…> --service people
 *   npm run dlq -- redrive --all --type PersonErased --service people
 * `redrive` re-applies through the consumer's own path (the service's handlers, through its inbox),
 * so it applies each event at most once, however often it is run. See README.md.
 */
import 'reflect-metadata';
import { topicFor } from '@ekst/contracts';
import {
  getDeadLetter,
  listDeadLetters,
  redriveDeadLetters,
  summariseDeadLetters,
  systemClock,
} from '@ekst/messaging';
import type { DeadLetter, RedriveOutcome } from '@ekst/messaging';
import { createServiceDataSource, withDatabase } from '@ekst/persistence';
import { subgraphSpec } from '@ekst/platform';
import type { SubgraphName } from '@ekst/platform';
import { parseServiceConfig } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { parseDlqArgs, UsageError, USAGE } from './args';
import type { DlqCommand } from './args';
import { loadModule } from '../migrations/service-modules';

/** Most dead letters one `redrive --all` takes; run it again for more. */
const REDRIVE_ALL_LIMIT = 1000;

/**
 * The database of one service. With `--service`, `DATABASE_URL` is that service's own URL (run
 * the CLI in the service's environment); for `list` over every service it names the server and
 * each service's database name is put in. Locally: the development Postgres.
 */
function databaseUrlFor(service: SubgraphName, single: boolean): string {
  const { database } = subgraphSpec(service);
  const env = process.env.DATABASE_URL;
  if (env && single) return env;
  return withDatabase(env ?? 'postgres://postgres@127.0.0.1:5432/postgres', database);
}

async function onDatabase<T>(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[],
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const { dataSource } = createServiceDataSource(
    { url, applicationName: 'dlq-cli', poolMax: 2 },
    { entities, migrations: [] },
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const iso = (d: Date | null): string => (d ? d.toISOString() : '-');
const what = (d: DeadLetter): string =>
  d.eventType ? `${d.eventType}@${d.eventVersion ?? '?'}` : '(no envelope)';
const where = (d: DeadLetter): string => `${d.sourceTopic}/${d.sourcePartition}@${d.sourceOffset}`;

async function list(cmd: Extract<DlqCommand, { command: 'list' }>): Promise<boolean> {
  let ok = true;
  for (const service of cmd.services) {
    try {
      await onDatabase(databaseUrlFor(service, cmd.services.length === 1), [], async (ds) => {
        const s = await summariseDeadLetters(ds);
        console.log(
          `${service}: ${s.pending} pending, oldest ${iso(s.oldestPendingAt)}; ${s.redriven} redriven`,
        );
        for (const r of s.reasons)
          console.log(`  ${r.count} × ${r.type ?? '(no envelope)'} [${r.kind}] ${r.error}`);
        const rows = await listDeadLetters(ds, {
          type: cmd.type,
          includeRedriven: cmd.includeRedriven,
        });
        for (const d of rows)
          console.log(
            `  ${d.id}  ${iso(d.deadLetteredAt)}  ${what(d)}  ${where(d)}  [${d.kind}] ${d.error}${
              d.redrivenAt ? `  redriven ${iso(d.redrivenAt)}` : ''
            }`,
          );
      });
    } catch (err) {
      ok = false;
      console.error(`${service}: cannot read dead letters: ${(err as Error).message}`);
    }
  }
  return ok;
}

async function show(cmd: Extract<DlqCommand, { command: 'show' }>): Promise<boolean> {
  return onDatabase(databaseUrlFor(cmd.service, true), [], async (ds) => {
    const d = await getDeadLetter(ds, cmd.id);
    if (!d) {
      console.error(`${cmd.service}: no dead letter ${cmd.id}`);
      return false;
    }
    console.log(
      [
        `id              ${d.id}`,
        `event           ${d.eventId ?? '-'} ${what(d)}`,
        `source          ${where(d)}  key ${d.messageKey ?? '-'}`,
        `dead-lettered   ${iso(d.deadLetteredAt)}  [${d.kind}] ${d.error}`,
        `redrive         ${d.redriveAttempts} attempt(s); redriven ${iso(d.redrivenAt)}`,
        `value`,
        prettyValue(d.rawValue),
      ].join('\n'),
    );
    return true;
  });
}

function prettyValue(raw: string | null): string {
  if (raw === null) return '  (empty)';
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

async function redrive(cmd: Extract<DlqCommand, { command: 'redrive' }>): Promise<boolean> {
  const spec = subgraphSpec(cmd.service);
  // The service's own configuration, as its consumer's transactions get it (fails closed alike).
  const config = parseServiceConfig(process.env, { port: spec.port, database: spec.database });
  const module = await loadModule(cmd.service);
  const entities = module.entities as Parameters<typeof onDatabase>[1];
  return onDatabase(config.databaseUrl, entities, async (dataSource) => {
    const ids =
      'ids' in cmd
        ? cmd.ids
        : (await listDeadLetters(dataSource, { type: cmd.type, limit: REDRIVE_ALL_LIMIT })).map(
            (d) => d.id,
          );
    if (!ids.length) {
      console.log(`${cmd.service}: nothing to redrive`);
      return true;
    }
    const outcomes = await redriveDeadLetters(
      {
        dataSource,
        handlers: module.handlers,
        tx: {
          topic: topicFor(cmd.service, config.topicPrefix),
          producer: cmd.service,
          clock: systemClock,
          config,
        },
      },
      ids,
    );
    for (const o of outcomes) console.log(describeOutcome(o));
    const counts = new Map<string, number>();
    for (const o of outcomes) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
    console.log(
      `${cmd.service}: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}${
        'all' in cmd && ids.length === REDRIVE_ALL_LIMIT ? ' (limit reached: run again)' : ''
      }`,
    );
    return outcomes.every((o) => o.outcome !== 'failed' && o.outcome !== 'not-found');
  });
}

export function describeOutcome(o: RedriveOutcome): string {
  switch (o.outcome) {
    case 'applied':
      return `${o.id}  applied`;
    case 'already-applied':
      return `${o.id}  already in the inbox: marked redriven, not applied again`;
    case 'already-redriven':
      return `${o.id}  already redriven: nothing done`;
    case 'not-found':
      return `${o.id}  no such dead letter`;
    case 'failed':
      return `${o.id}  still failing [${o.kind}]: ${o.error} (left dead-lettered)`;
  }
}

async function main(): Promise<void> {
  let cmd: DlqCommand;
  try {
    cmd = parseDlqArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  let ok: boolean;
  if (cmd.command === 'list') ok = await list(cmd);
  else if (cmd.command === 'show') ok = await show(cmd);
  else ok = await redrive(cmd);
  if (!ok) process.exitCode = 1;
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
