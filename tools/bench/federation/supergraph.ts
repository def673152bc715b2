import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { BENCH_SUBGRAPHS, subgraphUrl } from './subgraphs';

/** Composes the four benchmark subgraphs (Federation v2) and writes the supergraph to `dir`. */
export function writeBenchSupergraph(dir: string): string {
  const result = composeServices(
    BENCH_SUBGRAPHS.map((s) => ({ name: s.name, url: subgraphUrl(s), typeDefs: s.typeDefs })),
  );
  if (result.errors !== undefined) {
    throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'supergraph.graphql');
  writeFileSync(file, result.supergraphSdl);
  return file;
}
