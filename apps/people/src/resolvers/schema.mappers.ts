import type { SafeguardingCheckKind } from '../domain/safeguarding-clearance';

/** A Partner as this subgraph knows it: a key other subgraphs resolve; people adds `people`. */
export interface PartnerRef {
  id: string;
}

/** A clearance answer, with the person and day it is about. */
export interface ClearanceView {
  personId: string;
  on: string;
  cleared: boolean;
  basis: SafeguardingCheckKind | null;
  validUntil: string | null;
}
