/**
 * A row a foreign key or an earlier check in the same transaction guarantees: its absence is a
 * bug, raised as one (a masked internal error), never shown as a partial answer.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
