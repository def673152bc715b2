import { randomUUID } from 'node:crypto';
import { done, isUuid } from '@ekst/subgraph-kit';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { z } from 'zod';
import type { FinanceEntityType } from '../../__generated__/resolvers-types';
import { mergeUpdate } from '../../domain/finance/finance-input';
import type { FinancePeriodEntity } from '../../entities/finance-period.entity';
import type { PartnersDeps, PartnersResult } from '../partners-use-case';
import {
  appendAudit,
  financeCheck,
  lockPeriod,
  notFound,
  parseInput,
  periodClosed,
} from './finance-tx';

type Refusal = PartnersResult<never>;

/**
 * One kind of finance record (a budget line, an invoice, ...): how it is validated, which period
 * it belongs to, the rules that need the database, and how the graph shows it. Every create,
 * update and delete of every kind then goes through the same three functions below, so none can
 * skip the permission check, the period's OPEN check or the audit entry.
 */
export interface RecordKind<E extends { id: string }, CreateData, Data, View> {
  entityType: FinanceEntityType;
  entity: EntityTarget<E>;
  /** for messages: "budget line" */
  what: string;
  createSchema: z.ZodType<CreateData>;
  /** validates a record merged from its current values and an update */
  recordSchema: z.ZodType<Data>;
  /** fields an update may set to null (every other null means "leave as it is") */
  nullable?: readonly string[];
  /** the id of the period a new record goes into, or why there is none */
  periodForCreate(m: EntityManager, data: CreateData): Promise<string | Refusal>;
  periodOf(m: EntityManager, record: E): Promise<string>;
  /** rules that read the database (duplicates, overpayment); `current` is null when creating */
  check?(
    m: EntityManager,
    data: Data,
    current: E | null,
    periodId: string,
  ): Promise<Refusal | null>;
  checkDelete?(m: EntityManager, record: E): Promise<Refusal | null>;
  /** the columns to write */
  columns(data: Data, periodId: string): QueryDeepPartialEntity<E>;
  view(m: EntityManager, record: E, period: FinancePeriodEntity): Promise<View>;
}

async function openPeriod(
  m: EntityManager,
  periodId: string,
): Promise<FinancePeriodEntity | Refusal> {
  const period = await lockPeriod(m, { id: periodId }, 'share');
  if (!period) throw new Error(`finance period ${periodId} vanished`);
  return period.status === 'CLOSED' ? periodClosed(period) : period;
}

const isRefusal = (x: unknown): x is Refusal =>
  typeof x === 'object' && x !== null && 'kind' in x && typeof x.kind === 'string';

function lockRecord<E extends { id: string }>(
  m: EntityManager,
  entity: EntityTarget<E>,
  id: string,
): Promise<E | null> {
  return m
    .getRepository(entity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id })
    .getOne();
}

export async function createRecord<E extends { id: string }, C, D, V>(
  deps: PartnersDeps,
  kind: RecordKind<E, C, D, V>,
  input: unknown,
): Promise<PartnersResult<V>> {
  const denied = financeCheck(deps, 'WRITE');
  if (denied) return denied;
  const parsed = parseInput(kind.createSchema, input);
  if (!parsed.ok) return parsed.result;
  const data = parsed.data;

  return deps.transaction(async ({ manager }) => {
    const periodId = await kind.periodForCreate(manager, data);
    if (isRefusal(periodId)) return periodId;
    const period = await openPeriod(manager, periodId);
    if (isRefusal(period)) return period;
    // The create input is the record's fields plus how to find its period.
    const record = parseInput(kind.recordSchema, data);
    if (!record.ok) return record.result;
    const problem = await kind.check?.(manager, record.data, null, periodId);
    if (problem) return problem;

    const repo = manager.getRepository(kind.entity);
    const id = randomUUID();
    await repo.insert({ ...kind.columns(record.data, periodId), id } as QueryDeepPartialEntity<E>);
    const saved = await repo.findOneByOrFail({ id } as FindOptionsWhere<E>);
    await appendAudit(manager, deps.caller, {
      action: 'CREATE',
      entityType: kind.entityType,
      entityId: id,
      periodId,
      before: null,
      after: saved,
    });
    return done(await kind.view(manager, saved, period));
  });
}

export async function updateRecord<E extends { id: string }, C, D, V>(
  deps: PartnersDeps,
  kind: RecordKind<E, C, D, V>,
  id: string,
  changes: Record<string, unknown>,
): Promise<PartnersResult<V>> {
  const denied = financeCheck(deps, 'WRITE');
  if (denied) return denied;
  if (!isUuid(id)) return notFound('id', kind.what);

  return deps.transaction(async ({ manager }) => {
    const current = await lockRecord(manager, kind.entity, id);
    if (!current) return notFound('id', kind.what);
    const periodId = await kind.periodOf(manager, current);
    const period = await openPeriod(manager, periodId);
    if (isRefusal(period)) return period;
    const merged = parseInput(
      kind.recordSchema,
      mergeUpdate(current as object, changes, kind.nullable as never),
    );
    if (!merged.ok) return merged.result;
    const problem = await kind.check?.(manager, merged.data, current, periodId);
    if (problem) return problem;

    const repo = manager.getRepository(kind.entity);
    const before = { ...current };
    await repo.update(id, kind.columns(merged.data, periodId));
    const saved = await repo.findOneByOrFail({ id } as FindOptionsWhere<E>);
    await appendAudit(manager, deps.caller, {
      action: 'UPDATE',
      entityType: kind.entityType,
      entityId: id,
      periodId,
      before,
      after: saved,
    });
    return done(await kind.view(manager, saved, period));
  });
}

export async function deleteRecord<E extends { id: string }, C, D, V>(
  deps: PartnersDeps,
  kind: RecordKind<E, C, D, V>,
  id: string,
): Promise<PartnersResult<{ deletedId: string }>> {
  const denied = financeCheck(deps, 'WRITE');
  if (denied) return denied;
  if (!isUuid(id)) return notFound('id', kind.what);

  return deps.transaction(async ({ manager }) => {
    const current = await lockRecord(manager, kind.entity, id);
    if (!current) return notFound('id', kind.what);
    const periodId = await kind.periodOf(manager, current);
    const period = await openPeriod(manager, periodId);
    if (isRefusal(period)) return period;
    const problem = await kind.checkDelete?.(manager, current);
    if (problem) return problem;

    await manager.getRepository(kind.entity).delete(id);
    await appendAudit(manager, deps.caller, {
      action: 'DELETE',
      entityType: kind.entityType,
      entityId: id,
      periodId,
      before: current,
      after: null,
    });
    return done({ deletedId: id });
  });
}
