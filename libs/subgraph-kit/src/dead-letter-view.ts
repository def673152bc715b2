import { isCoordinator } from '@ekst/auth';
import type { ServiceName } from '@ekst/contracts';
import { summariseDeadLetters } from '@ekst/messaging';
import type { FailureKind } from '@ekst/messaging';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { forbidden } from './errors';
import type { BaseContext } from './subgraph-server';

/**
 * The coordinator's view of dead letters in the graph. `Operations` is a singleton entity: the
 * root field `Query.operations` (partners-governance) answers its one key, and every service
 * contributes a field of its own, `<service>DeadLetters`, read from its own `dead_letter` table.
 * Counts, age, event type, failure kind and error text only: never the message's key or value
 * (payloads carry no personal data by contract, but the raw value stays with `npm run dlq`).
 */
export const OPERATIONS_ID = 'platform';

export interface OperationsRef {
  id: string;
}

export interface DeadLetterReasonView {
  eventType: string | null;
  kind: 'POISON' | 'TRANSIENT' | 'UNKNOWN';
  error: string;
  count: number;
}

export interface DeadLetterSummaryView {
  service: ServiceName;
  pending: number;
  redriven: number;
  oldestPendingAt: string | null;
  reasons: DeadLetterReasonView[];
}

/** The field each service adds to `Operations`: `people` → `peopleDeadLetters`. */
export function deadLetterFieldName(service: ServiceName): string {
  return `${service.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}DeadLetters`;
}

const KIND: Record<FailureKind, DeadLetterReasonView['kind']> = {
  poison: 'POISON',
  transient: 'TRANSIENT',
  unknown: 'UNKNOWN',
};

/** One service's dead letters, for the coordinator only (FORBIDDEN for everyone else). */
export async function deadLetterSummaryFor(
  service: ServiceName,
  ctx: Pick<BaseContext, 'caller' | 'dataSource'>,
): Promise<DeadLetterSummaryView> {
  if (!isCoordinator(ctx.caller)) throw forbidden('Only the coordinator sees dead letters');
  const summary = await summariseDeadLetters(ctx.dataSource);
  return {
    service,
    pending: summary.pending,
    redriven: summary.redriven,
    oldestPendingAt: summary.oldestPendingAt
      ? new Date(summary.oldestPendingAt).toISOString()
      : null,
    reasons: summary.reasons.map((r) => ({
      eventType: r.type,
      kind: KIND[r.kind] ?? 'UNKNOWN',
      // Errors come from handlers and the database applying contract payloads; bounded anyway.
      error: r.error.slice(0, 300),
      count: r.count,
    })),
  };
}

/**
 * Resolvers every subgraph gets (merged in by the kit): `Operations.__resolveReference` and the
 * service's own `<service>DeadLetters` field. The schema side is in each `schema.graphql`.
 */
export function deadLetterViewResolvers(service: ServiceName): GraphQLResolverMap<BaseContext> {
  return {
    Operations: {
      __resolveReference: (ref: OperationsRef) => ({ id: ref.id }),
      [deadLetterFieldName(service)]: (_ops: OperationsRef, _args: unknown, ctx: BaseContext) =>
        deadLetterSummaryFor(service, ctx),
    },
  };
}

/** The root field, owned by one subgraph: the entity's one key, for the coordinator only. */
export function operationsRoot(_parent: unknown, _args: unknown, ctx: BaseContext): OperationsRef {
  if (!isCoordinator(ctx.caller)) throw forbidden('Only the coordinator sees operations');
  return { id: OPERATIONS_ID };
}

/** The module's resolvers with the dead-letter view merged in (the module's own win). */
export function withDeadLetterView(
  service: ServiceName,
  resolvers: GraphQLResolverMap<unknown>,
): GraphQLResolverMap<unknown> {
  const view = deadLetterViewResolvers(service) as GraphQLResolverMap<unknown>;
  return {
    ...resolvers,
    Operations: { ...view.Operations, ...(resolvers.Operations ?? {}) },
  } as GraphQLResolverMap<unknown>;
}
