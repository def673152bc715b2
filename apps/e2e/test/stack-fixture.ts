import { Client } from 'pg';
import type { Stack } from '@ekst/testing';
import { devUserToken, gql, TestStack } from '@ekst/testing';
import type { Role } from '@ekst/auth';

/**
 * The whole platform as real processes on ports 41xx, with databases and topics of its own, so
 * it never touches a developer's running stack.
 */
export async function startE2eStack(): Promise<E2eStack> {
  const stack = new TestStack('platform', 100);
  await stack.start();
  return new E2eStack(stack);
}

export class E2eStack {
  constructor(readonly stack: TestStack) {}

  get url(): string {
    return this.stack.gatewayUrl;
  }

  token(
    roles: Role[],
    sub = '00000000-0000-4000-8000-0000000000c0',
    partnerId: string | null = null,
  ): Promise<string> {
    return devUserToken({ sub, roles, partnerId });
  }

  async query<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    return gql<T>(this.url, token, query, variables);
  }

  /** Runs SQL in one service's database (assertions only). */
  async sql<T = Record<string, unknown>>(
    service: Parameters<Stack['databaseUrlOf']>[0],
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    const c = new Client({ connectionString: this.stack.databaseUrlOf(service) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  async stop(): Promise<void> {
    await this.stack.dispose();
  }
}
