import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import { relative, schemaPathOf, SUBGRAPHS, SUPERGRAPH_PATH } from './subgraphs';
// --- API keys --- the public contract is filtered from the supergraph in the same step
import { buildContract, CONTRACT_PATH, renderContractFile } from './contract';

/**
 * Composes the five subgraph schemas into the supergraph the gateway serves, at build time, so a
 * schema that does not compose fails CI instead of the gateway's startup.
 *
 *   node -r @swc-node/register tools/compose-supergraph/compose.ts           write supergraph.graphql
 *   node -r @swc-node/register tools/compose-supergraph/compose.ts --check   exit 1 if stale or broken
 */

export const SUPERGRAPH_HEADER = [
  '# GENERATED FILE: do not edit by hand.',
  '# Composed from apps/<subgraph>/src/schema.graphql by tools/compose-supergraph/compose.ts.',
  '# Regenerate with `npm run compose`; CI checks it with `npx nx run gateway:compose:check`.',
  '# The gateway routes by subgraph name to its *_URL settings; the URLs below are local defaults.',
  '',
].join('\n');

export type CompositionOutcome = { supergraphSdl: string } | { errors: string[] };

interface LoadedSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** Reads, parses and composes every subgraph schema; never throws for a bad schema. */
export function composeSupergraph(): CompositionOutcome {
  const errors: string[] = [];
  const services: LoadedSubgraph[] = [];
  for (const { name, port } of SUBGRAPHS) {
    const file = schemaPathOf(name);
    if (!existsSync(file)) {
      errors.push(`${relative(file)} is missing: every subgraph must have a schema to compose`);
      continue;
    }
    try {
      services.push({
        name,
        url: `http://127.0.0.1:${port}/graphql`,
        typeDefs: parse(readFileSync(file, 'utf8')),
      });
    } catch (err) {
      errors.push(`${relative(file)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (errors.length > 0) return { errors };

  const result = composeServices(services);
  if (result.errors !== undefined) {
    return { errors: result.errors.map((e) => e.toString()) };
  }
  return { supergraphSdl: result.supergraphSdl };
}

/** The exact text of supergraph.graphql for a composed SDL. */
export function renderSupergraphFile(supergraphSdl: string): string {
  return `${SUPERGRAPH_HEADER}${supergraphSdl.trimEnd()}\n`;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const outcome = composeSupergraph();
  if ('errors' in outcome) {
    process.stderr.write(`Composition failed (${outcome.errors.length} error(s)):\n`);
    for (const error of outcome.errors)
      process.stderr.write(`  - ${error.replace(/\n/g, '\n    ')}\n`);
    return 1;
  }
  const rendered = renderSupergraphFile(outcome.supergraphSdl);
  const target = relative(SUPERGRAPH_PATH);
  if (check) {
    const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : null;
    if (committed === null) {
      process.stderr.write(`${target} does not exist: run \`npm run compose\` and commit it.\n`);
      return 1;
    }
    if (committed !== rendered) {
      process.stderr.write(
        `${target} is stale: the subgraph schemas changed. Run \`npm run compose\` and commit it.\n`,
      );
      return 1;
    }
    process.stdout.write(`${target} is up to date.\n`);
    return checkOrWriteContract(outcome.supergraphSdl, true);
  }
  writeFileSync(SUPERGRAPH_PATH, rendered);
  process.stdout.write(`Wrote ${target} from ${SUBGRAPHS.length} subgraphs.\n`);
  return checkOrWriteContract(outcome.supergraphSdl, false);
}

// --- API keys ---
function checkOrWriteContract(supergraphSdl: string, check: boolean): number {
  const contract = buildContract(supergraphSdl);
  if ('errors' in contract) {
    process.stderr.write(`The public contract does not build:\n`);
    for (const error of contract.errors) process.stderr.write(`  - ${error}\n`);
    return 1;
  }
  const rendered = renderContractFile(contract.contractSdl);
  const target = relative(CONTRACT_PATH);
  if (check) {
    const committed = existsSync(CONTRACT_PATH) ? readFileSync(CONTRACT_PATH, 'utf8') : null;
    if (committed !== rendered) {
      process.stderr.write(`${target} is stale: run \`npm run compose\` and commit it.\n`);
      return 1;
    }
    process.stdout.write(`${target} is up to date.\n`);
    return 0;
  }
  writeFileSync(CONTRACT_PATH, rendered);
  process.stdout.write(`Wrote ${target} (the public contract for API keys).\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
