/** A Person as this subgraph knows it: a key the people subgraph resolves; teacher-swap adds `swapOffers`. */
export interface PersonRef {
  id: string;
}

/** A Partner as this subgraph knows it: a key partners-governance resolves; teacher-swap adds `swaps`. */
export interface PartnerRef {
  id: string;
}
