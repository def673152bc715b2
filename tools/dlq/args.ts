import { SUBGRAPHS } from '@ekst/platform';
import type { SubgraphName } from '@ekst/platform';

/** What `npm run dlq -- …` was asked to do. */
export type DlqCommand =
  | { command: 'list'; services: SubgraphName[]; type?: string; includeRedriven: boolean }
  | { command: 'show'; service: SubgraphName; id: string }
  | { command: 'redrive'; service: SubgraphName; ids: string[] }
  | { command: 'redrive'; service: SubgraphName; all: true; type?: string };

export const USAGE = `usage:
  npm run dlq -- list [--service <name>] [--type <EventType>] [--include-redriven]
  npm run dlq -- show <id> --service <name>
  npm run dlq -- redrive <id…> --service <name>
  npm run dlq -- redrive --all [--type <EventType>] --service <name>
services: ${SUBGRAPHS.map((s) => s.name).join(', ')}`;

/** A mistake in the command line: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[A-Z][A-Za-z0-9]*$/;

/** Parses the arguments after `npm run dlq --`; throws `UsageError` for anything it cannot use. */
export function parseDlqArgs(argv: readonly string[]): DlqCommand {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  let service: string | undefined;
  let type: string | undefined;
  let all = false;
  let includeRedriven = false;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    const value = (): string => {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--service') service = value();
    else if (arg === '--type') type = value();
    else if (arg === '--all') all = true;
    else if (arg === '--include-redriven') includeRedriven = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }

  const known = SUBGRAPHS.map((s) => s.name);
  const checkService = (s: string): SubgraphName => {
    const found = known.find((k) => k === s);
    if (!found) throw new UsageError(`unknown service "${s}" (one of ${known.join(', ')})`);
    return found;
  };
  const requireService = (): SubgraphName => {
    if (service === undefined) throw new UsageError(`${command} needs --service <name>`);
    return checkService(service);
  };
  if (type !== undefined && !EVENT_TYPE.test(type))
    throw new UsageError(`--type takes an event type such as PersonErased, not "${type}"`);
  for (const id of positional)
    if (!UUID.test(id)) throw new UsageError(`"${id}" is not a dead-letter id (a uuid)`);

  switch (command) {
    case 'list':
      if (positional.length || all) throw new UsageError('list takes no ids and no --all');
      return {
        command: 'list',
        services: service === undefined ? [...known] : [checkService(service)],
        ...(type !== undefined ? { type } : {}),
        includeRedriven,
      };
    case 'show': {
      if (positional.length !== 1 || all || type !== undefined || includeRedriven)
        throw new UsageError('show takes exactly one id');
      return { command: 'show', service: requireService(), id: positional[0] ?? '' };
    }
    case 'redrive': {
      const svc = requireService();
      if (includeRedriven) throw new UsageError('redrive never re-applies a redriven dead letter');
      if (all && positional.length) throw new UsageError('redrive takes ids or --all, not both');
      if (all) return { command: 'redrive', service: svc, all: true, ...(type ? { type } : {}) };
      if (type !== undefined) throw new UsageError('--type goes with --all');
      if (!positional.length) throw new UsageError('redrive needs dead-letter ids, or --all');
      return { command: 'redrive', service: svc, ids: [...new Set(positional)] };
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}
