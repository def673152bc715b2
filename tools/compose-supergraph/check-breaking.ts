import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { parse } from 'graphql';
import { composeSupergraph } from './compose';
import { relative, releasePathOf, RELEASES_DIR, schemaPathOf, SUBGRAPHS } from './subgraphs';
import type { SubgraphName } from './subgraphs';

/**
 * Flags breaking changes in each subgraph schema against its last released snapshot in
 * schema/releases/, so a team cannot remove or retype something clients (or other subgraphs)
 * still rely on without deciding to.
 *
 *   node -r @swc-node/register tools/compose-supergraph/check-breaking.ts            check
 *   node -r @swc-node/register tools/compose-supergraph/check-breaking.ts --release  snapshot current schemas
 */

export interface SubgraphBreakingChanges {
  readonly name: SubgraphName;
  readonly changes: ReadonlyArray<{ message: string; path?: string; reason?: string }>;
}

export interface BreakingChangeReport {
  /** subgraphs with at least one breaking change */
  readonly breaking: SubgraphBreakingChanges[];
  /** subgraphs with no released snapshot yet (nothing to compare with) */
  readonly unreleased: SubgraphName[];
  /** subgraphs whose current schema file is missing */
  readonly missing: SubgraphName[];
  /** schemas (current or released) that are not valid subgraph schemas */
  readonly invalid: Array<{ name: SubgraphName; error: string }>;
}

/** Builds with the federation definitions, so @key, @shareable and friends are understood. */
function subgraphSchema(file: string) {
  return buildSubgraphSchema(parse(readFileSync(file, 'utf8')));
}

export async function findBreakingChanges(): Promise<BreakingChangeReport> {
  const report: BreakingChangeReport = { breaking: [], unreleased: [], missing: [], invalid: [] };
  for (const { name } of SUBGRAPHS) {
    const current = schemaPathOf(name);
    const released = releasePathOf(name);
    if (!existsSync(current)) {
      report.missing.push(name);
      continue;
    }
    if (!existsSync(released)) {
      report.unreleased.push(name);
      continue;
    }
    let changes: Awaited<ReturnType<typeof diff>>;
    try {
      changes = await diff(subgraphSchema(released), subgraphSchema(current));
    } catch (err) {
      report.invalid.push({ name, error: err instanceof Error ? err.message : String(err) });
      continue;
    }
    const breaking = changes
      .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
      // --- API keys --- importing a federation directive (`@tag` for the public contract) renames
      // its definition from `federation__tag` to `tag` in the subgraph schema. Federation's own
      // directive definitions are composition machinery, never served to a client.
      .filter((c) => !(c.path ?? '').startsWith('@federation__'))
      .map((c) => ({ message: c.message, path: c.path, reason: c.criticality.reason }));
    if (breaking.length > 0) report.breaking.push({ name, changes: breaking });
  }
  return report;
}

/** Records the current schemas as the released ones; only a graph that composes can be released. */
export function releaseCurrentSchemas(): string[] {
  const outcome = composeSupergraph();
  if ('errors' in outcome) {
    throw new Error(
      `refusing to release schemas that do not compose:\n  - ${outcome.errors.join('\n  - ')}`,
    );
  }
  mkdirSync(RELEASES_DIR, { recursive: true });
  return SUBGRAPHS.map(({ name }) => {
    copyFileSync(schemaPathOf(name), releasePathOf(name));
    return relative(releasePathOf(name));
  });
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--release')) {
    for (const file of releaseCurrentSchemas()) process.stdout.write(`Released ${file}\n`);
    return 0;
  }
  const report = await findBreakingChanges();
  for (const name of report.missing)
    process.stderr.write(`${relative(schemaPathOf(name))} is missing.\n`);
  for (const { name, error } of report.invalid)
    process.stderr.write(`${name}: cannot compare, invalid schema: ${error}\n`);
  for (const name of report.unreleased) {
    process.stdout.write(
      `${name}: no released snapshot in ${relative(RELEASES_DIR)} yet; nothing to compare.\n`,
    );
  }
  for (const { name, changes } of report.breaking) {
    process.stderr.write(`${name}: ${changes.length} breaking change(s) since the last release:\n`);
    for (const c of changes)
      process.stderr.write(`  - ${c.message}${c.path ? ` (${c.path})` : ''}\n`);
  }
  if (report.missing.length > 0 || report.invalid.length > 0 || report.breaking.length > 0) {
    if (report.breaking.length > 0) {
      process.stderr.write(
        'If a break is intended, agree it with the clients, then run with --release to record the new baseline.\n',
      );
    }
    return 1;
  }
  process.stdout.write('No breaking changes against the released schemas.\n');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
