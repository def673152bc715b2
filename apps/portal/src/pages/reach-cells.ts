import type { ReachMeasure } from '../__generated__/gql/graphql';

/**
 * What a reach table cell says. `reachReport` suppresses counts of 1–9 people and then, so that
 * none of those can be worked out from the totals, further cells of 10 or more (complements); a
 * row's `suppressed` lists both alike and the graph does not tell them apart (nor should a reader
 * learn which hidden cell is the small one). So every suppressed cell reads "hidden", as on the
 * impact summaries page, and `REACH_HIDDEN_NOTE` says what that can mean; never "fewer than 10",
 * which is false of a complement.
 */
export const HIDDEN = 'hidden';

export const REACH_HIDDEN_NOTE =
  'Hidden: fewer than 10 people, or a number that would let such a count be worked out from the others.';

export function reachCellText(
  row: { suppressed: readonly ReachMeasure[] },
  measure: ReachMeasure | null,
  value: number | null | undefined,
): string {
  if (measure && row.suppressed.includes(measure)) return HIDDEN;
  return value == null ? '—' : String(value);
}
