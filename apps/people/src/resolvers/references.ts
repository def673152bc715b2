/** A Partner as this subgraph knows it: a key other subgraphs resolve; people adds `people`. */
export interface PartnerRef {
  id: string;
}
