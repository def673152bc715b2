import path from 'node:path';

/**
 * The one list of the platform's deployable units: name, default port, database, the variable
 * the gateway reads a subgraph's URL from, and where its module lives. `npm start`, the test
 * stack, the compose and codegen tools, the migrations CLI, the gateway's config test and the
 * docker consistency test all read it from here.
 */
export interface ServiceSpec {
  name:
    | 'partners-governance'
    | 'people'
    | 'events'
    | 'evaluation'
    | 'teacher-swap'
    | 'communications';
  port: number;
  database: string;
  /** env name the gateway reads this subgraph's URL from */
  urlEnv: string;
  /** the file exporting the service's `SubgraphModule` (tools load it: migrations, drift checks) */
  module: { file: string; export: string };
}

export type SubgraphName = ServiceSpec['name'];

export const SUBGRAPHS: readonly ServiceSpec[] = [
  {
    name: 'partners-governance',
    port: 4001,
    database: 'ekst_partners_governance',
    urlEnv: 'PARTNERS_GOVERNANCE_URL',
    module: {
      file: 'apps/partners-governance/src/module.ts',
      export: 'partnersGovernanceModule',
    },
  },
  {
    name: 'people',
    port: 4002,
    database: 'ekst_people',
    urlEnv: 'PEOPLE_URL',
    module: { file: 'apps/people/src/module.ts', export: 'peopleModule' },
  },
  {
    name: 'events',
    port: 4003,
    database: 'ekst_events',
    urlEnv: 'EVENTS_URL',
    module: { file: 'apps/events/src/module.ts', export: 'eventsModule' },
  },
  {
    name: 'evaluation',
    port: 4004,
    database: 'ekst_evaluation',
    urlEnv: 'EVALUATION_URL',
    module: { file: 'apps/evaluation/src/module.ts', export: 'evaluationModule' },
  },
  {
    name: 'teacher-swap',
    port: 4005,
    database: 'ekst_teacher_swap',
    urlEnv: 'TEACHER_SWAP_URL',
    module: { file: 'apps/teacher-swap/src/module.ts', export: 'teacherSwapModule' },
  },
  {
    name: 'communications',
    port: 4006,
    database: 'ekst_communications',
    urlEnv: 'COMMUNICATIONS_URL',
    module: { file: 'apps/communications/src/module.ts', export: 'communicationsModule' },
  },
];

export const GATEWAY_PORT = 4000;

/** Every app that runs as a process: the gateway and the subgraphs (not apps/e2e). */
export type AppName = SubgraphName | 'gateway';
export const APP_NAMES: readonly AppName[] = ['gateway', ...SUBGRAPHS.map((s) => s.name)];

export function subgraphSpec(name: SubgraphName): ServiceSpec {
  const spec = SUBGRAPHS.find((s) => s.name === name);
  if (!spec) throw new Error(`unknown service ${name}`);
  return spec;
}

/** Where a subgraph's SDL lives (composition, codegen, the graph tests read it). */
export function schemaFileOf(name: SubgraphName, root: string): string {
  return path.join(root, 'apps', name, 'src', 'schema.graphql');
}

export function isSubgraphName(name: string): name is SubgraphName {
  return SUBGRAPHS.some((s) => s.name === name);
}
