import type { Caller } from '@ekst/auth';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { z } from 'zod';
import type { FinanceEntityType } from '../../__generated__/resolvers-types';
import { financeRefusal, mayDoFinance } from '../../domain/finance/finance-access';
import type { FinanceOperation } from '../../domain/finance/finance-access';
import type { FinanceAuditAction } from '../../entities/finance-audit-entry.entity';
import { FinanceAuditEntryEntity } from '../../entities/finance-audit-entry.entity';
import { FinancePeriodEntity } from '../../entities/finance-period.entity';
import type { PartnersDeps, PartnersResult } from '../partners-use-case';

/**
 * The pieces every finance change shares: the permission check, input validation, the period's
 * lock and its OPEN check, and the audit entry written in the same transaction as the change.
 */

export function financeCheck(deps: PartnersDeps, op: FinanceOperation) {
  return mayDoFinance(deps.caller, op) ? null : refused(financeRefusal(op));
}

/** Parses input with a zod schema into a result: the data, or every problem as INVALID. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; result: PartnersResult<never> } {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, result: rejectedAll(userErrorsFromZod(parsed.error.issues)) };
}

/**
 * Locks a period row: FOR SHARE by a change inside the period (many may run at once), FOR UPDATE
 * by a close or reopen, which therefore waits for the changes in flight and makes any change
 * that comes after it see the new status. Without the lock a change could commit into a period
 * that was closed while it ran.
 */
export async function lockPeriod(
  m: EntityManager,
  by: { id: string } | { academicYear: string },
  mode: 'share' | 'update',
): Promise<FinancePeriodEntity | null> {
  const qb = m
    .getRepository(FinancePeriodEntity)
    .createQueryBuilder('p')
    .setLock(mode === 'share' ? 'pessimistic_read' : 'pessimistic_write');
  return 'id' in by
    ? qb.where('p.id = :id', { id: by.id }).getOne()
    : qb.where('p.academic_year = :y', { y: by.academicYear }).getOne();
}

export function periodClosed(period: FinancePeriodEntity): PartnersResult<never> {
  return rejected(
    userError(
      'PERIOD_CLOSED',
      `${period.academicYear} is closed: its finance records are read-only`,
      null,
    ),
  );
}

export function notFound(field: string, what: string): PartnersResult<never> {
  return rejected(userError('NOT_FOUND', `no ${what} with this id`, field));
}

/** A record as the audit log keeps it: its columns as JSON, without loaded relations. */
export function snapshot(record: object | null): Record<string, unknown> | null {
  if (record === null) return null;
  const plain = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  for (const relation of ['period', 'partner', 'invoice', 'budgetLine', 'line', 'payments'])
    delete plain[relation];
  return plain;
}

/** Appends one audit entry; `at` is stamped by the database. */
export async function appendAudit(
  m: EntityManager,
  caller: Caller,
  entry: {
    action: FinanceAuditAction;
    entityType: FinanceEntityType;
    entityId: string;
    periodId: string;
    before: object | null;
    after: object | null;
  },
): Promise<void> {
  const row: Partial<FinanceAuditEntryEntity> = {
    actorId: caller.subject,
    actorKind: caller.kind,
    actorRoles: [...caller.roles],
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    periodId: entry.periodId,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
  };
  await m
    .getRepository(FinanceAuditEntryEntity)
    .insert(row as QueryDeepPartialEntity<FinanceAuditEntryEntity>);
}

export { done };
