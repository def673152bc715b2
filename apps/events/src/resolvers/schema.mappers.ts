/** Entities owned by other subgraphs: events only knows, and returns, their keys. */
export interface PartnerRef {
  id: string;
}

export interface PersonRef {
  id: string;
}
