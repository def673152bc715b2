/**
 * The data of the public federation gateway benchmark (The Guild's
 * graphql-hive/federation-gateway-performance): 6 users, 9 products with their stock, 11 reviews
 * with long bodies. Held in memory by the four subgraphs, as that benchmark specifies.
 */

export interface User {
  readonly id: string;
  readonly name: string;
  readonly username: string;
  readonly birthday: number;
}

export interface Product {
  readonly upc: string;
  readonly name: string;
  readonly price: number;
  readonly weight: number;
}

export interface Review {
  readonly id: string;
  readonly body: string;
  readonly productUpc: string;
  readonly authorId: string;
}

const BIRTHDAY = 1234567890;

export const USERS: readonly User[] = [
  ['1', 'Uri Goldshtein', 'urigo'],
  ['2', 'Dotan Simha', 'dotansimha'],
  ['3', 'Kamil Kisiela', 'kamilkisiela'],
  ['4', 'Arda Tanrikulu', 'ardatan'],
  ['5', 'Gil Gardosh', 'gilgardosh'],
  ['6', 'Laurin Quast', 'laurin'],
].map(([id, name, username]) => ({ id, name, username, birthday: BIRTHDAY }));

export const PRODUCTS: readonly Product[] = (
  [
    ['1', 'Table', 899, 100],
    ['2', 'Couch', 1299, 1000],
    ['3', 'Glass', 15, 20],
    ['4', 'Chair', 499, 100],
    ['5', 'TV', 1299, 1000],
    ['6', 'Lamp', 6999, 300],
    ['7', 'Grill', 3999, 2000],
    ['8', 'Fridge', 100000, 6000],
    ['9', 'Sofa', 9999, 800],
  ] as const
).map(([upc, name, price, weight]) => ({ upc, name, price, weight }));

/** upc → in stock (the inventory subgraph's own data) */
export const IN_STOCK: ReadonlyMap<string, boolean> = new Map([
  ['1', true],
  ['2', false],
  ['3', false],
  ['4', false],
  ['5', true],
  ['6', true],
  ['7', true],
  ['8', false],
  ['9', true],
]);

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.';
const SED_UT =
  'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi';
const SED_QUIA =
  'sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.';
const UT_ENIM =
  'Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem';
const AT_VERO =
  'At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores repellat.';

/**
 * Reviews: bodies and products as published. Authorship: each user wrote two reviews in id
 * order (user 1 wrote reviews 1 and 2, as in the published expected answer; the published
 * answers do not pin down the others consistently), user 6 the eleventh as well.
 */
export const REVIEWS: readonly Review[] = (
  [
    ['1', LOREM, '1', '1'],
    ['2', SED_UT, '1', '1'],
    ['3', SED_QUIA, '1', '2'],
    ['4', UT_ENIM, '1', '2'],
    ['5', LOREM, '2', '3'],
    ['6', SED_UT, '2', '3'],
    ['7', SED_QUIA, '2', '4'],
    ['8', UT_ENIM, '2', '4'],
    ['9', UT_ENIM, '3', '5'],
    ['10', UT_ENIM, '4', '5'],
    ['11', AT_VERO, '4', '6'],
  ] as const
).map(([id, body, productUpc, authorId]) => ({ id, body, productUpc, authorId }));

/** The benchmark's operation: every review of every user, three levels deep, and the top products. */
export const BENCHMARK_QUERY = `fragment User on User {
  id
  username
  name
}

fragment Review on Review {
  id
  body
}

fragment Product on Product {
  inStock
  name
  price
  shippingEstimate
  upc
  weight
}

query TestQuery {
  users {
    ...User
    reviews {
      ...Review
      product {
        ...Product
        reviews {
          ...Review
          author {
            ...User
            reviews {
              ...Review
              product {
                ...Product
              }
            }
          }
        }
      }
    }
  }
  topProducts {
    ...Product
    reviews {
      ...Review
      author {
        ...User
        reviews {
          ...Review
          product {
            ...Product
          }
        }
      }
    }
  }
}`;
