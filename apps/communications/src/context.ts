import type { BaseContext } from '@ekst/subgraph-kit';

/** Communications needs nothing beyond the kit's context: every list is one query per field. */
export type CommunicationsContext = BaseContext;
