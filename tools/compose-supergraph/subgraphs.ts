import path from 'node:path';
import { REPO_ROOT, schemaFileOf, SUBGRAPHS } from '@ekst/platform';
import type { SubgraphName } from '@ekst/platform';

/**
 * Every subgraph in the graph, with its local port: the platform's one service list. Composition
 * skips none: a subgraph missing from the supergraph would silently vanish from the API.
 */
export { REPO_ROOT, SUBGRAPHS };
export type { SubgraphName };

export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');
export const RELEASES_DIR = path.join(REPO_ROOT, 'schema', 'releases');

export function schemaPathOf(name: SubgraphName): string {
  return schemaFileOf(name, REPO_ROOT);
}

export function releasePathOf(name: SubgraphName): string {
  return path.join(RELEASES_DIR, `${name}.graphql`);
}

export function relative(file: string): string {
  return path.relative(REPO_ROOT, file);
}
