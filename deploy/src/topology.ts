import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_PORT, SUBGRAPHS } from '@ekst/platform';
import type { ServiceSpec, SubgraphName } from '@ekst/platform';

/** Facts about the platform the manifests are built from, read from the code, never repeated. */
export interface ServiceTopology extends ServiceSpec {
  /** the services whose topics this one consumes (its module's `subscribesTo`) */
  readonly consumes: readonly SubgraphName[];
}

export const PORTAL_PORT = 4100;
export { GATEWAY_PORT };

/**
 * Other callers of a subgraph besides the gateway (ARCHITECTURE: communications asks people for an
 * adult's address at send time, `POST /internal/person-contact`). The network policy lets exactly
 * these through.
 */
export const INTERNAL_CALLERS: Partial<Record<SubgraphName, readonly SubgraphName[]>> = {
  people: ['communications'],
};

const SUBSCRIBES_TO = /subscribesTo:\s*\[([^\]]*)\]/;

/**
 * Each service's `subscribesTo`, read from its module file (the file the platform's service list
 * names) as text: importing the modules would load TypeORM and every entity just to render YAML.
 */
export function readTopology(root: string): ServiceTopology[] {
  return SUBGRAPHS.map((spec) => {
    const text = readFileSync(path.join(root, spec.module.file), 'utf8');
    const match = SUBSCRIBES_TO.exec(text);
    if (!match) throw new Error(`${spec.module.file}: no subscribesTo list found`);
    const consumes = [...match[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    for (const name of consumes) {
      if (!SUBGRAPHS.some((s) => s.name === name)) {
        throw new Error(`${spec.module.file}: subscribesTo names unknown service ${name}`);
      }
    }
    return { ...spec, consumes: consumes as SubgraphName[] };
  });
}
