import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import { done, refused, rejectedAll, userErrorsFromZod } from '@ekst/subgraph-kit';
import { mayDo } from '../domain/governance-policy';
import { termCalendarSchema } from '../domain/term-calendar';
import { PartnerEntity } from '../entities/partner.entity';
import { TermCalendarEntryEntity } from '../entities/term-calendar.entity';
import { partnerNotFound } from './partner-membership.use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

/**
 * Replaces a partner's calendar for one academic year (terms, holidays, INSET days, exam periods)
 * and announces the whole of it as TermCalendarChanged, so the events service can warn about
 * clashes. The coordinator, or a head or champion of that partner.
 */
export async function setTermCalendar(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<TermCalendarEntryEntity[]>> {
  const partnerId =
    typeof input === 'object' && input !== null && 'partnerId' in input
      ? String((input as { partnerId: unknown }).partnerId)
      : null;
  if (!mayDo(deps.caller, 'termCalendar.edit', { partnerId }))
    return refused(
      'Only the coordinator, or a head or champion of this partner, can edit its calendar',
    );
  const parsed = termCalendarSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const c = parsed.data;
  return deps.transaction(async ({ manager, outbox }) => {
    const partner = await manager
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: c.partnerId })
      .getOne();
    if (!partner) return partnerNotFound('partnerId');
    const repo = manager.getRepository(TermCalendarEntryEntity);
    await repo.delete({ partnerId: partner.id, academicYear: c.academicYear });
    const entries = [...c.entries]
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind))
      .map((e) =>
        repo.create({
          id: randomUUID(),
          partnerId: partner.id,
          academicYear: c.academicYear,
          kind: e.kind,
          startsOn: e.startsOn,
          endsOn: e.endsOn,
          label: e.label ?? null,
        }),
      );
    if (entries.length > 0) await repo.insert(entries);
    await outbox.append(GovernanceEvents.termCalendarChanged, partner.id, {
      partnerId: partner.id,
      academicYear: c.academicYear,
      entries: entries.map((e) => ({
        kind: e.kind,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        label: e.label,
      })),
    });
    return done(entries);
  });
}
