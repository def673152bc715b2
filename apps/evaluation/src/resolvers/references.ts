/** Entities owned by other subgraphs: evaluation only knows, and returns, their keys. */
export interface EventRef {
  id: string;
}
