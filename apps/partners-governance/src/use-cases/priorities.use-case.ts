import { randomUUID } from 'node:crypto';
import { done, refused, rejectedAll, userErrorsFromZod } from '@ekst/subgraph-kit';
import { mayDo } from '../domain/governance-policy';
import { prioritiesSchema } from '../domain/priorities';
import { PriorityEntity } from '../entities/priority.entity';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

/** A head or the coordinator sets the Heads Group's ordered priorities for a year (replacing them). */
export async function setPriorities(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<PriorityEntity[]>> {
  if (!mayDo(deps.caller, 'priority.edit'))
    return refused('Only a head or the coordinator can set the priorities');
  const parsed = prioritiesSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const { academicYear, priorities } = parsed.data;
  return deps.transaction(async ({ manager }) => {
    const repo = manager.getRepository(PriorityEntity);
    // Serialise edits of one year: the advisory lock key is the year's text.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('priority:' || $1))`, [
      academicYear,
    ]);
    await repo.delete({ academicYear });
    const rows = priorities.map((p, i) =>
      repo.create({
        id: randomUUID(),
        academicYear,
        title: p.title,
        description: p.description,
        aims: [...new Set(p.aims)],
        position: i + 1,
      }),
    );
    if (rows.length > 0) await repo.insert(rows);
    return done(rows);
  });
}
