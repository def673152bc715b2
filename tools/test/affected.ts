/**
 * `npm run test:affected -- --base <ref> [--head <ref>] [--targets test,lint] [--dry-run]`: runs
 * the test target (or the targets given) of only the Nx projects a change touches — the projects
 * whose files changed and every project that depends on them in Nx's project graph — on the same
 * PostgreSQL and Kafka as `npm test`. For a branch in CI (.ci/run); `npm test` stays the full run
 * and never reads git history.
 *
 *   npm run test:affected -- --base origin/main            # committed + uncommitted changes
 *   npm run test:affected -- --base origin/main --head HEAD
 *   npm run test:affected -- --files apps/people/src/main.ts --dry-run   # no git needed
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureKafka, ensurePostgres } from '@ekst/platform';

const ROOT = path.resolve(__dirname, '../..');
const NX = path.join(ROOT, 'node_modules', '.bin', 'nx');

export interface AffectedArgs {
  /** the ref the change is measured from (git) */
  base?: string;
  /** the ref it ends at; without it, the working tree (committed, uncommitted and untracked) */
  head?: string;
  /** the changed files themselves, instead of git (what the test uses) */
  files?: readonly string[];
  /** only projects that have this target */
  target?: string;
}

/** The projects Nx's project graph says a change touches, that have `target` (default: test). */
export function affectedProjects(args: AffectedArgs): string[] {
  const nxArgs = ['show', 'projects', '--affected', '--json'];
  nxArgs.push(`--withTarget=${args.target ?? 'test'}`);
  if (args.files) nxArgs.push(`--files=${args.files.join(',')}`);
  else if (args.base) {
    nxArgs.push(`--base=${args.base}`);
    if (args.head) nxArgs.push(`--head=${args.head}`);
  } else throw new Error('give --base <ref> (or --files)');
  const res = spawnSync(NX, nxArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (res.status !== 0) {
    throw new Error(`nx show projects failed (exit ${res.status}): ${res.stderr.trim()}`);
  }
  // nx may print notices before the JSON: the list is the last line
  const last = res.stdout.trim().split('\n').pop() ?? '[]';
  return (JSON.parse(last) as string[]).sort();
}

interface CliArgs extends AffectedArgs {
  targets: string[];
  dryRun: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { targets: ['test'], dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const [name, inline] = flag.split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--base':
        out.base = value();
        break;
      case '--head':
        out.head = value();
        break;
      case '--files':
        out.files = value()
          .split(/[,\s]+/)
          .filter(Boolean);
        break;
      case '--targets':
        out.targets = value()
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        break;
      case '--dry-run':
        out.dryRun = true;
        break;
      default:
        throw new Error(`unknown argument ${flag}`);
    }
  }
  if (!out.base && !out.files) throw new Error('give --base <ref> (or --files <paths>)');
  return out;
}

async function main(): Promise<number> {
  const log = (m: string) => process.stderr.write(`[test:affected] ${m}\n`);
  const args = parseArgs(process.argv.slice(2));
  let failed = 0;
  const byTarget = args.targets.map((target) => ({
    target,
    projects: affectedProjects({ ...args, target }),
  }));
  for (const { target, projects } of byTarget)
    log(`${target}: ${projects.length ? projects.join(' ') : '(nothing affected)'}`);
  if (args.dryRun || byTarget.every((t) => t.projects.length === 0)) return 0;
  const pg = await ensurePostgres({ log });
  const kafka = await ensureKafka({ log });
  for (const { target, projects } of byTarget) {
    if (projects.length === 0) continue;
    // One project at a time: the machines are small and the stacks of e2e take most of one.
    const res = spawnSync(
      NX,
      [
        'run-many',
        `--targets=${target}`,
        `--projects=${projects.join(',')}`,
        '--parallel=1',
        '--outputStyle=stream',
        '--nxBail=false',
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          NX_DAEMON: 'false',
          NX_NO_CLOUD: 'true',
          TEST_ADMIN_DATABASE_URL: pg.adminUrl,
          KAFKA_BROKERS: kafka.brokers.join(','),
          NODE_ENV: 'test',
        },
      },
    );
    if (res.status !== 0) failed++;
  }
  log(failed ? `${failed} target run(s) failed` : 'all affected targets passed');
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`[test:affected] ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
