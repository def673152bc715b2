import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { IN_STOCK, PRODUCTS, REVIEWS, USERS } from './data';
import type { Product, Review, User } from './data';

/**
 * The four subgraphs of the public federation gateway benchmark: their schemas (keys,
 * `@external`/`@requires` in inventory, `@provides` in reviews) and resolvers over `data.ts`.
 */
export interface BenchSubgraph {
  readonly name: 'accounts' | 'inventory' | 'products' | 'reviews';
  readonly port: number;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<unknown>;
}

const LINK = (imports: string[]) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports
    .map((i) => `"@${i}"`)
    .join(', ')}])`;

const userById = new Map(USERS.map((u) => [u.id, u]));
const productByUpc = new Map(PRODUCTS.map((p) => [p.upc, p]));
const reviewById = new Map(REVIEWS.map((r) => [r.id, r]));

const accounts: Omit<BenchSubgraph, 'port'> = {
  name: 'accounts',
  // username is @shareable: reviews provides it (Federation 2 needs the owner to allow that).
  typeDefs: parse(`${LINK(['key', 'shareable'])}
    type Query {
      me: User
      user(id: ID!): User
      users: [User]
    }
    type User @key(fields: "id") {
      id: ID!
      name: String
      username: String @shareable
      birthday: Int
    }`),
  resolvers: {
    Query: {
      me: () => USERS[0],
      user: (_: unknown, args: { id: string }) => userById.get(args.id) ?? null,
      users: () => USERS,
    },
    User: {
      __resolveReference: (ref: { id: string }) => userById.get(ref.id) ?? null,
    },
  },
};

const inventory: Omit<BenchSubgraph, 'port'> = {
  name: 'inventory',
  typeDefs: parse(`${LINK(['key', 'external', 'requires'])}
    type Product @key(fields: "upc") {
      upc: String!
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }`),
  resolvers: {
    Product: {
      __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({
        ...ref,
        inStock: IN_STOCK.get(ref.upc) ?? false,
      }),
      // Free above 1000, else half the weight (the benchmark's rule).
      shippingEstimate: (p: { price?: number; weight?: number }) =>
        p.price === undefined || p.weight === undefined
          ? null
          : p.price > 1000
            ? 0
            : p.weight * 0.5,
    },
  },
};

const products: Omit<BenchSubgraph, 'port'> = {
  name: 'products',
  typeDefs: parse(`${LINK(['key'])}
    type Query {
      topProducts(first: Int = 5): [Product]
    }
    type Product @key(fields: "upc") {
      upc: String!
      name: String
      price: Int
      weight: Int
    }`),
  resolvers: {
    Query: {
      topProducts: (_: unknown, args: { first: number }) => PRODUCTS.slice(0, args.first),
    },
    Product: {
      __resolveReference: (ref: { upc: string }): Product | null =>
        productByUpc.get(ref.upc) ?? null,
    },
  },
};

const reviewsOfUser = (id: string) => REVIEWS.filter((r) => r.authorId === id);
const reviewsOfProduct = (upc: string) => REVIEWS.filter((r) => r.productUpc === upc);

const reviews: Omit<BenchSubgraph, 'port'> = {
  name: 'reviews',
  typeDefs: parse(`${LINK(['key', 'external', 'provides'])}
    type Review @key(fields: "id") {
      id: ID!
      body: String
      author: User @provides(fields: "username")
      product: Product
    }
    type User @key(fields: "id") {
      id: ID!
      username: String @external
      reviews: [Review]
    }
    type Product @key(fields: "upc") {
      upc: String!
      reviews: [Review]
    }`),
  resolvers: {
    Review: {
      __resolveReference: (ref: { id: string }) => reviewById.get(ref.id) ?? null,
      // The reviews service knows its authors' usernames, so it provides them.
      author: (r: Review) => ({
        __typename: 'User',
        id: r.authorId,
        username: userById.get(r.authorId)?.username ?? null,
      }),
      product: (r: Review) => ({ __typename: 'Product', upc: r.productUpc }),
    },
    User: {
      __resolveReference: (ref: { id: string }): Pick<User, 'id'> => ({ id: ref.id }),
      reviews: (u: { id: string }) => reviewsOfUser(u.id),
    },
    Product: {
      __resolveReference: (ref: { upc: string }) => ({ upc: ref.upc }),
      reviews: (p: { upc: string }) => reviewsOfProduct(p.upc),
    },
  },
};

/** Ports 9101–9104 (this benchmark's range is 9100–9199). */
export const BENCH_SUBGRAPHS: readonly BenchSubgraph[] = [
  { ...accounts, port: 9101 },
  { ...inventory, port: 9102 },
  { ...products, port: 9103 },
  { ...reviews, port: 9104 },
];

export const subgraphUrl = (s: Pick<BenchSubgraph, 'port'>) => `http://127.0.0.1:${s.port}/graphql`;
