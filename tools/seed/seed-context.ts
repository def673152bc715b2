import { gql, retryUntil } from '@ekst/testing';

export type Log = (msg: string) => void;

export interface GraphResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export type Query = <T>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<GraphResult<T>>;

/** What every seed step gets: the gateway, the seeding coordinator's client, a log. */
export class SeedContext {
  constructor(
    readonly gatewayUrl: string,
    private readonly seedToken: string,
    readonly log: Log,
  ) {}

  readonly q: Query = <T>(query: string, variables?: Record<string, unknown>, token?: string) =>
    gql<T>(this.gatewayUrl, token ?? this.seedToken, query, variables) as Promise<GraphResult<T>>;

  /**
   * A read whose answer decides whether to create something: it must not fail quietly, or a
   * failed read would look like "nothing there yet" and the seed would create a duplicate.
   */
  async read<T>(what: string, query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.q<T>(query, variables);
    if (r.errors || !r.data)
      throw new Error(`demo seed: reading ${what}: ${JSON.stringify(r.errors ?? r)}`);
    return r.data;
  }

  /** Throws when a mutation answered with GraphQL errors or user errors. */
  check(what: string, result: GraphResult<unknown>, userErrors: unknown[] | undefined): void {
    if (result.errors || !result.data || (userErrors && userErrors.length > 0))
      throw new Error(`demo seed: ${what}: ${JSON.stringify(result.errors ?? userErrors)}`);
  }

  /**
   * Mutations whose checks depend on another service's projection (a partner just created, a
   * person just registered) are retried until the projection has caught up.
   */
  untilAccepted<T>(
    what: string,
    attempt: () => Promise<{ value: T | null; errors: unknown }>,
  ): Promise<T> {
    let last: unknown;
    return retryUntil(
      async () => {
        const r = await attempt();
        last = r.errors;
        return r.value;
      },
      `demo seed: ${what}`,
      { detail: () => last },
    );
  }
}
