import { existsSync, readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { parse } from 'graphql';
import { releasePathOf, schemaPathOf, SUBGRAPHS } from './subgraphs';
import type { SubgraphName } from './subgraphs';

/**
 * Can each subgraph ship on its own? Teams deploy one subgraph at a time, so the graph the gateway
 * will serve right after a deploy is that subgraph at HEAD with every other one as last released
 * (schema/releases). For each subgraph this composes exactly that graph, and compares the
 * subgraph with its own release (breaking changes fail; a deprecation is not breaking, so
 * "deprecate first, remove in a later release" passes).
 *
 *   node -r @swc-node/register tools/compose-supergraph/check-independent.ts
 *
 * `overrides` replaces a subgraph's HEAD schema text (the test proves both outcomes with it).
 */
export interface IndependentDeployReport {
  readonly subgraphs: ReadonlyArray<{
    name: SubgraphName;
    /** composition errors of HEAD(name) + released(others) */
    composition: string[];
    /** breaking changes of HEAD(name) against released(name) */
    breaking: string[];
  }>;
  readonly ok: boolean;
}

function read(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

async function breakingChanges(released: string, current: string): Promise<string[]> {
  const changes = await diff(
    buildSubgraphSchema(parse(released)),
    buildSubgraphSchema(parse(current)),
  );
  return (
    changes
      .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
      // federation's own directive definitions are composition machinery (as check-breaking.ts)
      .filter((c) => !(c.path ?? '').startsWith('@federation__'))
      .map((c) => `${c.message}${c.path ? ` (${c.path})` : ''}`)
  );
}

export async function checkIndependentDeploys(
  overrides: Partial<Record<SubgraphName, string>> = {},
  only: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name),
): Promise<IndependentDeployReport> {
  const head = (name: SubgraphName) => overrides[name] ?? read(schemaPathOf(name));
  // a subgraph never released yet ships with its HEAD schema as the baseline
  const released = (name: SubgraphName) => read(releasePathOf(name)) ?? head(name);
  const subgraphs: IndependentDeployReport['subgraphs'][number][] = [];
  for (const name of only) {
    const mine = head(name);
    if (mine === null) {
      subgraphs.push({ name, composition: [`${name}: no schema at HEAD`], breaking: [] });
      continue;
    }
    let composition: string[] = [];
    try {
      const result = composeServices(
        SUBGRAPHS.map((s) => ({
          name: s.name,
          url: `http://127.0.0.1:${s.port}/graphql`,
          typeDefs: parse((s.name === name ? mine : released(s.name)) ?? ''),
        })),
      );
      composition = (result.errors ?? []).map((e) => e.message);
    } catch (err) {
      composition = [err instanceof Error ? err.message : String(err)];
    }
    const baseline = read(releasePathOf(name));
    let breaking: string[] = [];
    try {
      breaking = baseline === null ? [] : await breakingChanges(baseline, mine);
    } catch (err) {
      breaking = [`cannot compare: ${err instanceof Error ? err.message : String(err)}`];
    }
    subgraphs.push({ name, composition, breaking });
  }
  return {
    subgraphs,
    ok: subgraphs.every((s) => s.composition.length === 0 && s.breaking.length === 0),
  };
}

async function main(): Promise<number> {
  const report = await checkIndependentDeploys();
  for (const s of report.subgraphs) {
    if (s.composition.length === 0 && s.breaking.length === 0) {
      process.stdout.write(`${s.name}: deployable alone (composes with the released others)\n`);
      continue;
    }
    for (const e of s.composition)
      process.stderr.write(`${s.name}: does not compose with the released others: ${e}\n`);
    for (const b of s.breaking) process.stderr.write(`${s.name}: breaking: ${b}\n`);
  }
  if (!report.ok) {
    process.stderr.write(
      'Deprecate first (@deprecated), release, and remove in a later release; see docs/operations.md.\n',
    );
  }
  return report.ok ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
