import type { BackgroundJob, JobDeps } from '@ekst/subgraph-kit';
import { leaverErasureCutoff } from '../domain/rollover';
import { eraseWithin } from '../use-cases/erase-person.use-case';

/** Leavers erased per transaction, so one run never holds a long transaction. */
const BATCH = 50;

/**
 * Applies the leavers' retention rule: a student who left at a rollover more than
 * LEAVER_RETENTION_DAYS ago is erased as `erasePerson` does (every table by its policy,
 * PersonErased to every service), a batch per transaction until none is due. Idempotent: an
 * erased leaver is no longer there to pick.
 */
export async function eraseExpiredLeavers(
  deps: Pick<JobDeps, 'transaction' | 'now'>,
): Promise<number> {
  const cutoff = leaverErasureCutoff(deps.now);
  let total = 0;
  for (;;) {
    const erased = await deps.transaction(async ({ manager: m, outbox }) => {
      const due = (await m.query(
        `SELECT id, email FROM person WHERE left_on IS NOT NULL AND left_on < $1
         ORDER BY left_on, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [cutoff],
      )) as Array<{ id: string; email: string | null }>;
      for (const person of due) await eraseWithin(m, outbox, person);
      return due.length;
    });
    total += erased;
    if (erased < BATCH) return total;
  }
}

export const leaverErasureJob: BackgroundJob = {
  name: 'leaver-erasure',
  intervalMs: 6 * 60 * 60 * 1000,
  async run(deps) {
    const erased = await eraseExpiredLeavers(deps);
    if (erased > 0) deps.log.info({ erased }, 'leavers erased after their retention period');
  },
};
