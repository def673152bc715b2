import path from 'node:path';

/** The repository root (this file lives in tools/compose-supergraph/). */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * Every subgraph in the graph, with its local port. Composition skips none: a subgraph missing
 * from the supergraph would silently vanish from the API.
 */
export const SUBGRAPHS = [
  { name: 'partners-governance', port: 4001 },
  { name: 'people', port: 4002 },
  { name: 'events', port: 4003 },
  { name: 'evaluation', port: 4004 },
  { name: 'teacher-swap', port: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'supergraph.graphql');
export const RELEASES_DIR = path.join(REPO_ROOT, 'schema', 'releases');

export function schemaPathOf(name: SubgraphName): string {
  return path.join(REPO_ROOT, 'apps', name, 'src', 'schema.graphql');
}

export function releasePathOf(name: SubgraphName): string {
  return path.join(RELEASES_DIR, `${name}.graphql`);
}

export function relative(file: string): string {
  return path.relative(REPO_ROOT, file);
}
