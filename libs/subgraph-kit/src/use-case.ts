import type { Caller } from '@ekst/auth';
import { bindTx } from '@ekst/messaging';
import type { Clock, Tx, TxBinding } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import { forbidden } from './errors';
import type { UserError } from './user-error';

/**
 * The one result every use case returns (STYLE.md, "the seam"): it did the work, it refused the
 * input with typed user errors (nothing changed), or the caller may not do this at all. Resolvers
 * turn it into a GraphQL payload with `toPayload`, so a mutation resolver is one line and no
 * resolver decides a permission.
 */
export type UseCaseResult<T, Code extends string = string> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'rejected'; readonly errors: ReadonlyArray<UserError & { code: Code }> }
  | { readonly kind: 'forbidden'; readonly reason: string };

export function done<T>(value: T): UseCaseResult<T, never> {
  return { kind: 'done', value };
}

export function rejected<Code extends string>(
  first: UserError & { code: Code },
  ...more: Array<UserError & { code: Code }>
): UseCaseResult<never, Code> {
  return { kind: 'rejected', errors: [first, ...more] };
}

/** The caller may not do this at all: the resolver answers FORBIDDEN with `reason`. */
export function refused(reason: string): UseCaseResult<never, never> {
  return { kind: 'forbidden', reason };
}

export type Payload<K extends string, T> = { [P in K]: T | null } & { errors: UserError[] };

/**
 * The payload of a mutation: `{ [field]: value, errors: [] }` when done, `{ [field]: null,
 * errors }` when rejected; a forbidden result becomes a FORBIDDEN GraphQL error.
 */
export function toPayload<K extends string, T>(field: K, result: UseCaseResult<T>): Payload<K, T> {
  switch (result.kind) {
    case 'done':
      return { [field]: result.value, errors: [] } as unknown as Payload<K, T>;
    case 'rejected':
      return { [field]: null, errors: [...result.errors] } as unknown as Payload<K, T>;
    case 'forbidden':
      throw forbidden(result.reason);
  }
}

/** Resolves a promised result into its payload: `run(...).then(payloadOf('event'))`. */
export function payloadOf<K extends string>(field: K) {
  return <T>(result: UseCaseResult<T>): Payload<K, T> => toPayload(field, result);
}

/**
 * What every use case receives (and, through `Tx`, every Kafka handler): who is asking, a clock,
 * the service's validated config, and one way to open a transaction whose outbox is already bound
 * to the service's own topic.
 */
export interface UseCaseDeps<Config = unknown> {
  readonly caller: Caller;
  readonly dataSource: DataSource;
  readonly clock: Clock;
  readonly config: Config;
  transaction<T>(work: (tx: Tx<Config>) => Promise<T>): Promise<T>;
}

export function useCaseDeps<Config>(
  caller: Caller,
  dataSource: DataSource,
  binding: TxBinding<Config>,
): UseCaseDeps<Config> {
  return {
    caller,
    dataSource,
    clock: binding.clock,
    config: binding.config,
    transaction: (work) => dataSource.transaction((m) => work(bindTx(m, binding))),
  };
}
