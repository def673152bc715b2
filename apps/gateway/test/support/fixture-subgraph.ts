import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { INTERNAL_TOKEN_HEADER, InvalidInternalTokenError, verifyInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { GraphQLError, parse } from 'graphql';

/**
 * A real subgraph for the gateway's tests: Federation v2 schema, real Apollo Server on an
 * ephemeral port, and the same internal-token check the real subgraphs make. It answers with
 * the caller it was told about, so the tests see exactly what crossed the gateway.
 */

const SEEN_CALLER = /* GraphQL */ `
  type SeenCaller @shareable {
    kind: String!
    subject: String!
    roles: [String!]!
    partnerId: String
    "the audience the internal token was signed for"
    audience: String!
    requestId: String
    "names of the HTTP headers the subgraph received"
    headerNames: [String!]!
  }
`;

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/** The fixture's two subgraphs, named like real ones so the gateway's name → URL map applies. */
export const FIXTURE_TYPE_DEFS = {
  people: `${LINK}
    ${SEEN_CALLER}
    enum Greeting { HELLO GOODBYE }
    type TreeNode { id: ID! label: String child: TreeNode }
    type Query {
      whoami(greeting: Greeting): SeenCaller!
      tree: TreeNode
      trees(first: Int): [TreeNode!]!
      "throws an unexpected error whose message must never reach a client"
      failsInternally: String
      "throws a client error that the gateway must pass through"
      forbiddenThing: String
    }
    type Mutation { touch: Boolean! }
  `,
  events: `${LINK}
    ${SEEN_CALLER}
    type Query { eventsWhoami: SeenCaller! }
  `,
} as const;

export type FixtureName = keyof typeof FIXTURE_TYPE_DEFS;

interface FixtureContext {
  caller: Caller;
  audience: string;
  requestId: string | null;
  headerNames: string[];
}

function seenCaller(ctx: FixtureContext) {
  return {
    kind: ctx.caller.kind,
    subject: ctx.caller.subject,
    roles: ctx.caller.roles,
    partnerId: ctx.caller.partnerId,
    audience: ctx.audience,
    requestId: ctx.requestId,
    headerNames: ctx.headerNames,
  };
}

const tree = (depth: number): object => ({
  id: `n${depth}`,
  label: `node ${depth}`,
  child: depth > 0 ? tree(depth - 1) : null,
});

const RESOLVERS = {
  people: {
    Query: {
      whoami: (_: unknown, __: unknown, ctx: unknown) => seenCaller(ctx as FixtureContext),
      tree: () => tree(60),
      trees: () => [tree(3)],
      failsInternally: () => {
        throw new Error(
          'relation "secret_table" does not exist (SELECT * FROM secret_table WHERE pupil = 42)',
        );
      },
      forbiddenThing: () => {
        throw new GraphQLError('Only coordinators may see this', {
          extensions: { code: 'FORBIDDEN' },
        });
      },
    },
    Mutation: { touch: () => true },
  },
  events: {
    Query: {
      eventsWhoami: (_: unknown, __: unknown, ctx: unknown) => seenCaller(ctx as FixtureContext),
    },
  },
};

export interface RunningFixture {
  readonly name: FixtureName;
  readonly url: string;
  stop(): Promise<void>;
}

export async function startFixtureSubgraph(
  name: FixtureName,
  internalTokenSecret: string,
): Promise<RunningFixture> {
  const server = new ApolloServer<FixtureContext>({
    schema: buildSubgraphSchema({
      typeDefs: parse(FIXTURE_TYPE_DEFS[name]),
      resolvers: RESOLVERS[name],
    }),
    // Like a careless subgraph in development: stack traces on. The gateway must strip them.
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    async context({ req }) {
      const token = req.headers[INTERNAL_TOKEN_HEADER];
      try {
        if (typeof token !== 'string') throw new InvalidInternalTokenError('missing');
        const caller = await verifyInternalToken(token, {
          secret: internalTokenSecret,
          audience: name,
        });
        const requestId = req.headers['x-request-id'];
        return {
          caller,
          audience: name,
          requestId: typeof requestId === 'string' ? requestId : null,
          headerNames: Object.keys(req.headers).sort(),
        };
      } catch (err) {
        if (!(err instanceof InvalidInternalTokenError)) throw err;
        throw new GraphQLError('internal token required', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
    },
  });
  return { name, url, stop: () => server.stop() };
}

/** Composes the fixture subgraphs exactly as tools/compose-supergraph composes the real ones. */
export function composeFixtureSupergraph(subgraphs: readonly RunningFixture[]): string {
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      typeDefs: parse(FIXTURE_TYPE_DEFS[s.name]),
      // Deliberately not the fixture's URL: the gateway must route by name from its own config.
      url: 'http://composition-default.invalid/graphql',
    })),
  );
  if (result.errors !== undefined) {
    throw new Error(
      `fixture composition failed: ${result.errors.map((e) => e.message).join('; ')}`,
    );
  }
  return result.supergraphSdl;
}

/** A port nothing listens on: bound, noted, released. */
export async function unusedPortUrl(): Promise<string> {
  const net = await import('node:net');
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}
