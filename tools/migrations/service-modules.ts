import type { BaseContext, SubgraphModule } from '@ekst/subgraph-kit';
import { subgraphSpec } from '@ekst/platform';
import type { SubgraphName } from '@ekst/platform';

type AnyModule = SubgraphModule<BaseContext>;

/**
 * The only place tools reach into the apps for their modules (entities, migrations, data
 * policies), spelled out one import per service so the Nx graph and the module-boundary rule see
 * each dependency (this project is tagged type:app-tool for it). Lazy, so a command about one
 * service loads only that one. Other tools (the dead-letter CLI) import this map rather than
 * repeat it (the module-boundary rule allows exactly this file).
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
