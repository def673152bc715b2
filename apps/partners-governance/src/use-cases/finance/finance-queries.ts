import { GraphQLError } from 'graphql';
import { forbidden } from '@ekst/subgraph-kit';
import type { Caller } from '@ekst/auth';
import type { DataSource } from 'typeorm';
import type { FinanceEntityType } from '../../__generated__/resolvers-types';
import { financeRefusal, mayDoFinance } from '../../domain/finance/finance-access';
import type { FinanceOperation } from '../../domain/finance/finance-access';
import { FinanceAuditEntryEntity } from '../../entities/finance-audit-entry.entity';
import { FinancePeriodEntity } from '../../entities/finance-period.entity';
import type { FinanceReportView } from './finance-views';
import { financeReportOf } from './finance-views';

/**
 * Finance reads. Every root field asks the same rule (domain/finance/finance-access.ts) and
 * answers FORBIDDEN to anyone else; the nested fields are reachable only through these roots.
 */
function allow(caller: Caller, op: FinanceOperation): void {
  if (!mayDoFinance(caller, op)) throw forbidden(financeRefusal(op));
}

export async function listFinancePeriods(
  ds: DataSource,
  caller: Caller,
): Promise<FinancePeriodEntity[]> {
  allow(caller, 'READ');
  return ds.getRepository(FinancePeriodEntity).find({ order: { startsOn: 'DESC' } });
}

export async function findFinancePeriod(
  ds: DataSource,
  caller: Caller,
  academicYear: string,
): Promise<FinancePeriodEntity | null> {
  allow(caller, 'READ');
  return ds.getRepository(FinancePeriodEntity).findOneBy({ academicYear });
}

export async function financeReport(
  ds: DataSource,
  caller: Caller,
  academicYear: string,
): Promise<FinanceReportView | null> {
  const period = await findFinancePeriod(ds, caller, academicYear);
  // One snapshot: the figures must add up even while someone records a payment.
  return period ? ds.transaction('REPEATABLE READ', (m) => financeReportOf(m, period)) : null;
}

export const AUDIT_PAGE_MAX = 200;

const encodeCursor = (id: string) => Buffer.from(`finance-audit:${id}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const m = /^finance-audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m)
    throw new GraphQLError('after is not a cursor of this list', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return m[1];
}

export async function financeAuditLog(
  ds: DataSource,
  caller: Caller,
  args: {
    academicYear: string;
    entityType?: FinanceEntityType | null;
    first?: number | null;
    after?: string | null;
  },
) {
  allow(caller, 'READ_AUDIT_LOG');
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX)
    throw new GraphQLError(`first must be 1–${AUDIT_PAGE_MAX}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  const period = await ds.getRepository(FinancePeriodEntity).findOneBy({
    academicYear: args.academicYear,
  });
  if (!period) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const qb = ds
    .getRepository(FinanceAuditEntryEntity)
    .createQueryBuilder('a')
    .where('a.period_id = :p', { p: period.id })
    .orderBy('a.id', 'ASC')
    .take(first + 1);
  if (args.entityType) qb.andWhere('a.entity_type = :t', { t: args.entityType });
  if (args.after) qb.andWhere('a.id > :after', { after: decodeCursor(args.after) });
  const rows = await qb.getMany();
  const page = rows
    .slice(0, first)
    .map((r) => Object.assign(r, { academicYear: period.academicYear }));
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null,
    },
  };
}
