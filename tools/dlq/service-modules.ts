import type { BaseContext, SubgraphModule } from '@ekst/subgraph-kit';
import { subgraphSpec } from '@ekst/platform';
import type { SubgraphName } from '@ekst/platform';

type AnyModule = SubgraphModule<BaseContext>;

/**
 * The services' modules, for their handlers: the redrive must run the consumer's own code. The
 * same lazy, one-import-per-service map as `tools/migrations/service-modules.ts` (a tool may not
 * import another tool's files by path, so it is repeated here rather than shared).
 */
const MODULES: Record<SubgraphName, () => Promise<Record<string, unknown>>> = {
  'partners-governance': () => import('../../apps/partners-governance/src/module'),
  people: () => import('../../apps/people/src/module'),
  events: () => import('../../apps/events/src/module'),
  evaluation: () => import('../../apps/evaluation/src/module'),
  'teacher-swap': () => import('../../apps/teacher-swap/src/module'),
  communications: () => import('../../apps/communications/src/module'),
};

/** A subgraph's module, by the export the platform's service list names for it. */
export async function loadModule(name: SubgraphName): Promise<AnyModule> {
  const { module } = subgraphSpec(name);
  const exports = await MODULES[name]();
  const found = exports[module.export];
  if (!found) throw new Error(`${module.file} must export ${module.export}`);
  return found as AnyModule;
}
