import { randomUUID } from 'node:crypto';
import { done, rejected, userError } from '@ekst/subgraph-kit';
import { z } from 'zod';
import { newPeriodSchema } from '../../domain/finance/finance-input';
import { FinancePeriodEntity } from '../../entities/finance-period.entity';
import type { PartnersDeps, PartnersResult } from '../partners-use-case';
import { appendAudit, financeCheck, lockPeriod, parseInput } from './finance-tx';

/** The Finance Group or the coordinator opens an academic year's accounts. */
export async function createFinancePeriod(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<FinancePeriodEntity>> {
  const denied = financeCheck(deps, 'OPEN_PERIOD');
  if (denied) return denied;
  const parsed = parseInput(newPeriodSchema, input);
  if (!parsed.ok) return parsed.result;
  const p = parsed.data;

  return deps.transaction(async ({ manager }) => {
    const repo = manager.getRepository(FinancePeriodEntity);
    if (await repo.existsBy({ academicYear: p.academicYear }))
      return rejected(
        userError('FINANCE_DUPLICATE', 'this academic year already has a period', 'academicYear'),
      );
    // Two periods covering one day would make "which year is this in" ambiguous.
    const overlapping = await repo
      .createQueryBuilder('f')
      .where('f.starts_on <= :ends AND f.ends_on >= :starts', {
        starts: p.startsOn,
        ends: p.endsOn,
      })
      .getOne();
    if (overlapping)
      return rejected(
        userError('INVALID', `overlaps the ${overlapping.academicYear} period`, 'startsOn'),
      );
    const period = repo.create({
      id: randomUUID(),
      academicYear: p.academicYear,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: 'OPEN',
      closedAt: null,
    });
    await repo.insert(period);
    const saved = await repo.findOneByOrFail({ id: period.id });
    await appendAudit(manager, deps.caller, {
      action: 'CREATE',
      entityType: 'PERIOD',
      entityId: saved.id,
      periodId: saved.id,
      before: null,
      after: saved,
    });
    return done(saved);
  });
}

/** Closing a year makes every record in it read-only (each change then returns PERIOD_CLOSED). */
export async function closeFinancePeriod(
  deps: PartnersDeps,
  academicYear: string,
): Promise<PartnersResult<FinancePeriodEntity>> {
  const denied = financeCheck(deps, 'CLOSE_PERIOD');
  if (denied) return denied;
  return deps.transaction(async ({ manager, clock }) => {
    // FOR UPDATE: waits for changes in flight inside the period (they hold it FOR SHARE).
    const period = await lockPeriod(manager, { academicYear }, 'update');
    if (!period)
      return rejected(
        userError('NOT_FOUND', 'no finance period for this academic year', 'academicYear'),
      );
    if (period.status === 'CLOSED')
      return rejected(
        userError('PERIOD_CLOSED', `${academicYear} is already closed`, 'academicYear'),
      );
    const before = { ...period };
    await manager
      .getRepository(FinancePeriodEntity)
      .update(period.id, { status: 'CLOSED', closedAt: clock.now() });
    const after = await manager
      .getRepository(FinancePeriodEntity)
      .findOneByOrFail({ id: period.id });
    await appendAudit(manager, deps.caller, {
      action: 'CLOSE',
      entityType: 'PERIOD',
      entityId: period.id,
      periodId: period.id,
      before,
      after,
    });
    return done(after);
  });
}

const reasonSchema = z
  .string()
  .trim()
  .min(2, 'say why the period is reopened (at least 2 characters)')
  .max(500, 'must be at most 500 characters');

/**
 * Only the coordinator reopens a closed year, say to correct an error the auditors found; the
 * reason is kept in the audit entry, beside who did it and when.
 */
export async function reopenFinancePeriod(
  deps: PartnersDeps,
  academicYear: string,
  reason: unknown,
): Promise<PartnersResult<FinancePeriodEntity>> {
  const denied = financeCheck(deps, 'REOPEN_PERIOD');
  if (denied) return denied;
  const why = reasonSchema.safeParse(reason);
  if (!why.success) return rejected(userError('INVALID', why.error.issues[0].message, 'reason'));
  return deps.transaction(async ({ manager }) => {
    const period = await lockPeriod(manager, { academicYear }, 'update');
    if (!period)
      return rejected(
        userError('NOT_FOUND', 'no finance period for this academic year', 'academicYear'),
      );
    if (period.status === 'OPEN')
      return rejected(userError('INVALID', `${academicYear} is not closed`, 'academicYear'));
    const before = { ...period };
    await manager
      .getRepository(FinancePeriodEntity)
      .update(period.id, { status: 'OPEN', closedAt: null });
    const after = await manager
      .getRepository(FinancePeriodEntity)
      .findOneByOrFail({ id: period.id });
    await appendAudit(manager, deps.caller, {
      action: 'REOPEN',
      entityType: 'PERIOD',
      entityId: period.id,
      periodId: period.id,
      before,
      after: { ...after, reopenReason: why.data },
    });
    return done(after);
  });
}
