/** The deployable units of the platform and their default local ports and databases. */
export interface ServiceSpec {
  name: 'partners-governance' | 'people' | 'events' | 'evaluation' | 'teacher-swap';
  port: number;
  database: string;
  /** env name the gateway reads this subgraph's URL from */
  urlEnv: string;
}

export const SUBGRAPHS: readonly ServiceSpec[] = [
  {
    name: 'partners-governance',
    port: 4001,
    database: 'ekst_partners_governance',
    urlEnv: 'PARTNERS_GOVERNANCE_URL',
  },
  { name: 'people', port: 4002, database: 'ekst_people', urlEnv: 'PEOPLE_URL' },
  { name: 'events', port: 4003, database: 'ekst_events', urlEnv: 'EVENTS_URL' },
  { name: 'evaluation', port: 4004, database: 'ekst_evaluation', urlEnv: 'EVALUATION_URL' },
  { name: 'teacher-swap', port: 4005, database: 'ekst_teacher_swap', urlEnv: 'TEACHER_SWAP_URL' },
];

export const GATEWAY_PORT = 4000;
