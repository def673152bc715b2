/** A Person as this subgraph knows it: a key the people subgraph resolves; teacher-swap adds `swapOffers`. */
export interface PersonRef {
  id: string;
}
