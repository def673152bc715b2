import { isUuid } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';

/** The id of the draft event an approved proposal became, if any (visibility is the caller's). */
export async function eventIdForProposal(
  ds: DataSource,
  proposalId: string,
): Promise<string | null> {
  if (!isUuid(proposalId)) return null;
  const [row] = (await ds.query(`SELECT id FROM event WHERE proposal_id = $1`, [
    proposalId.toLowerCase(),
  ])) as Array<{ id: string }>;
  return row?.id ?? null;
}
