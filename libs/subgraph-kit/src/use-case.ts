import type { Caller } from '@ekst/auth';
import { bindTx } from '@ekst/messaging';
import type { Clock, Tx, TxBinding } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import { forbidden, unauthenticated } from './errors';
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
  | {
      readonly kind: 'forbidden';
      readonly reason: string;
      /** no one is signed in, and this needs a person: UNAUTHENTICATED rather than FORBIDDEN */
      readonly signInFirst?: true;
    };

export function done<T>(value: T): UseCaseResult<T, never> {
  return { kind: 'done', value };
}

export function rejected<Code extends string>(
  first: UserError & { code: Code },
  ...more: Array<UserError & { code: Code }>
): UseCaseResult<never, Code> {
  return { kind: 'rejected', errors: [first, ...more] };
}

/** Rejects with every problem found at once (zod reports one or more issues, never none). */
export function rejectedAll<Code extends string>(
  errors: ReadonlyArray<UserError & { code: Code }>,
): UseCaseResult<never, Code> {
  return { kind: 'rejected', errors };
}

/** The caller may not do this at all: the resolver answers FORBIDDEN with `reason`. */
export function refused(reason: string): UseCaseResult<never, never> {
  return { kind: 'forbidden', reason };
}

/** Only a signed-in person may do this and the caller is not one: UNAUTHENTICATED with `reason`. */
export function signInFirst(reason = 'Sign in first'): UseCaseResult<never, never> {
  return { kind: 'forbidden', reason, signInFirst: true };
}

function refusal(result: { reason: string; signInFirst?: true }): Error {
  return result.signInFirst ? unauthenticated(result.reason) : forbidden(result.reason);
}

export type Payload<K extends string, T, Code extends string = string> = { [P in K]: T | null } & {
  errors: Array<UserError & { code: Code }>;
};

/**
 * The payload of a mutation: `{ [field]: value, errors: [] }` when done, `{ [field]: null,
 * errors }` when rejected; a forbidden result becomes a FORBIDDEN GraphQL error. The error codes
 * keep their type, so a subgraph's generated `UserErrorCode` checks them.
 */
export function toPayload<K extends string, T, Code extends string = string>(
  field: K,
  result: UseCaseResult<T, Code>,
): Payload<K, T, Code> {
  switch (result.kind) {
    case 'done':
      return { [field]: result.value, errors: [] } as unknown as Payload<K, T, Code>;
    case 'rejected':
      return { [field]: null, errors: [...result.errors] } as unknown as Payload<K, T, Code>;
    case 'forbidden':
      throw refusal(result);
  }
}

/** Resolves a promised result into its payload: `run(...).then(payloadOf('event'))`. */
export function payloadOf<K extends string>(field: K) {
  return <T, Code extends string = string>(result: UseCaseResult<T, Code>): Payload<K, T, Code> =>
    toPayload(field, result);
}

/**
 * For a payload with more than one field besides `errors` (e.g. `{ registration, warnings }`):
 * the done value is spread into the payload; a rejection answers `whenRejected` (the fields'
 * empty values, e.g. `{ registration: null, warnings: [] }`) with the errors.
 * `run(...).then(payloadWith({ registration: null, warnings: [] }))`.
 */
export function payloadWith<R extends object>(whenRejected: R) {
  return <V extends object, Code extends string = string>(
    result: UseCaseResult<V, Code>,
  ): (V | R) & { errors: Array<UserError & { code: Code }> } => {
    switch (result.kind) {
      case 'done':
        return { ...result.value, errors: [] };
      case 'rejected':
        return { ...whenRejected, errors: [...result.errors] };
      case 'forbidden':
        throw refusal(result);
    }
  };
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
