import type { BaseContext, SubgraphModule } from '@ekst/subgraph-kit';
import type { ServiceSpec } from '@ekst/testing';

const EXPORT_NAMES: Record<ServiceSpec['name'], string> = {
  'partners-governance': 'partnersGovernanceModule',
  people: 'peopleModule',
  events: 'eventsModule',
  evaluation: 'evaluationModule',
  'teacher-swap': 'teacherSwapModule',
};

/** Loads a subgraph's module for tools (migrations, drift checks); apps never import each other. */
export function loadModule(name: ServiceSpec['name']): SubgraphModule<BaseContext> {
  const exports = require(`../../apps/${name}/src/module`) as Record<
    string,
    SubgraphModule<BaseContext>
  >;
  const module = exports[EXPORT_NAMES[name]];
  if (!module) throw new Error(`apps/${name}/src/module.ts must export ${EXPORT_NAMES[name]}`);
  return module;
}
