import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { documentedMaximumQuery, paginatedFields } from '@ekst/testing';
import { buildSchema, Kind, parse, specifiedRules, validate } from 'graphql';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { COST_MODEL, documentedPageCap, operationCost } from '../src/graphql/query-cost';
import { QUERY_LIMITS, queryLimits } from '../src/graphql/query-limits';

/**
 * The cost model against the documented page sizes (issue 8, defect 6): every list of the real
 * supergraph that takes a page size, asked for at the maximum its description documents with all
 * its fields, passes every limit the gateway applies (the same parse options and validation
 * rules as Apollo Server gets); documenting a cap the limits refuse fails here. Abusive
 * operations are still refused, with their cost and the limit.
 */

const SUPERGRAPH = path.resolve(__dirname, '../../../supergraph.graphql');

/** What Apollo Server does with the gateway's limits: parse, then graphql-js's rules and ours. */
function gatewayErrors(schema: GraphQLSchema, query: string) {
  const limits = queryLimits();
  try {
    const document = parse(query, limits.parseOptions);
    return validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  } catch (error) {
    return [error as Error];
  }
}

function costOf(schema: GraphQLSchema, query: string): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  return operationCost(schema, operation, fragments);
}

describe('the cost limit and the documented page sizes of the real supergraph', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // The API schema exactly as the gateway serves it (a static supergraph: nothing is fetched).
    ({ schema } = await new ApolloGateway({
      supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
    }).load());
  });

  it('finds the paginated lists, each documenting its cap the way the cost model reads it', () => {
    const fields = paginatedFields(schema);
    expect(fields.map((f) => f.coordinate)).toEqual(
      expect.arrayContaining(['Query.events', 'Query.focusGroupNotes', 'Query.people']),
    );
    const undocumented = fields.filter((f) => f.documentedCap === null).map((f) => f.coordinate);
    // A page-size argument without a documented cap has no maximum a client could rely on.
    expect(undocumented).toEqual([]);
    for (const f of fields) {
      const [type, name] = f.coordinate.split('.');
      const definition = (
        schema.getType(type) as { getFields(): Record<string, { description?: string | null }> }
      ).getFields()[name];
      expect({ field: f.coordinate, cap: documentedPageCap(definition.description) }).toEqual({
        field: f.coordinate,
        cap: f.documentedCap,
      });
    }
  });

  it('accepts every paginated list at its documented maximum with all its fields', () => {
    const refused: Array<{ field: string; cap: number | null; errors: string[] }> = [];
    for (const field of paginatedFields(schema)) {
      const built = documentedMaximumQuery(schema, field);
      if (!built) {
        refused.push({ field: field.coordinate, cap: field.documentedCap, errors: ['no query'] });
        continue;
      }
      // Not a trivial selection: the list item's fields and the objects they lead to (the
      // smallest, a person's notifications, is flat: about 160 characters).
      expect(built.query.length).toBeGreaterThan(120);
      const errors = gatewayErrors(schema, built.query);
      if (errors.length > 0)
        refused.push({
          field: field.coordinate,
          cap: built.documentedCap,
          errors: errors.map((e) => e.message),
        });
    }
    expect(refused).toEqual([]);
  });

  it('accepts the two operations of the defect report', () => {
    const people = `{ people(first: 100) { edges { node { id displayName roles yearGroup email
      consentState { kind granted decision decidedAt } consentRecords { id kind decision givenBy givenAt method }
      safeguardingChecks { id kind reference checkedOn checkedBy reviewOn } } } pageInfo { hasNextPage endCursor } } }`;
    const notes = `{ focusGroupNotes(first: 200) { edges { node { id heldOn aims themes summary participantCount
      recordedAt event { id title } partner { id name } } } pageInfo { hasNextPage endCursor } } }`;
    expect(gatewayErrors(schema, people)).toEqual([]);
    expect(gatewayErrors(schema, notes)).toEqual([]);
  });

  it('counts a page size given by a variable as the documented cap, and a larger literal as the cap', () => {
    const node = `{ edges { node { id displayName consentRecords { id kind } } } }`;
    const atCap = costOf(schema, `{ people(first: 100) ${node} }`);
    expect(costOf(schema, `query($n: Int) { people(first: $n) ${node} }`)).toBe(atCap);
    expect(costOf(schema, `{ people(first: 100000) ${node} }`)).toBe(atCap);
    expect(costOf(schema, `{ people(first: 10) ${node} }`)).toBeLessThan(atCap / 5);
    // No `first`: the argument's default (50).
    expect(costOf(schema, `{ people ${node} }`)).toBe(
      costOf(schema, `{ people(first: 50) ${node} }`),
    );
  });

  it('refuses nested lists multiplied to an abusive size, with the cost and the limit', () => {
    const abusive = `{ events(first: 200) { edges { node { id registrations { id person { id
      registrations { id event { id registrations { id status } } } } } } } } }`;
    const [error, ...more] = gatewayErrors(schema, abusive);
    expect(more).toEqual([]);
    const cost = costOf(schema, abusive);
    expect(cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(error.message).toBe(
      `Query cost limit of ${QUERY_LIMITS.maxCost} exceeded: this operation costs ${cost}. Ask for smaller pages (first) or fewer nested lists.`,
    );
    expect((error as { extensions?: unknown }).extensions).toEqual({
      cost,
      limit: QUERY_LIMITS.maxCost,
    });
  });

  it('refuses the largest page asked for many times over under aliases', () => {
    const page = documentedMaximumQuery(
      schema,
      paginatedFields(schema).find((f) => f.coordinate === 'Query.people')!,
    )!.query.slice(1, -1);
    const aliased = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    expect(gatewayErrors(schema, aliased).map((e) => e.message)).toEqual([
      expect.stringMatching(/^Query cost limit of \d+ exceeded/),
    ]);
  });
});

describe('the cost model', () => {
  const schema = buildSchema(`
    type Query {
      "\`first\` is capped at 20."
      items(first: Int = 5): ItemConnection!
      "Every tag; \`limit\` defaults to 3 and is capped at 7."
      tags(limit: Int = 3): [Tag!]!
      open(first: Int): [Tag!]!
      plain: [Tag!]!
      one: Tag
    }
    type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! }
    type ItemEdge { cursor: String! node: Item! }
    type PageInfo { hasNextPage: Boolean! }
    type Item { id: ID! tags: [Tag!]! }
    type Tag { id: ID! name: String! }
  `);
  const cost = (q: string) => costOf(schema, q);

  it('costs 1 per field and adds what an object field selects', () => {
    expect(cost(`{ one { id name } }`)).toBe(3);
    expect(cost(`{ one { id } other: one { id } }`)).toBe(4);
    expect(cost(`{ __typename one { __typename } }`)).toBe(3);
  });

  it('multiplies a plain list by the assumed length', () => {
    expect(cost(`{ plain { id name } }`)).toBe(1 + COST_MODEL.assumedListLength * 2);
  });

  it('sizes a list by its page-size argument, never beyond the documented cap', () => {
    expect(cost(`{ tags(limit: 2) { id } }`)).toBe(1 + 2);
    expect(cost(`{ tags { id } }`)).toBe(1 + 3);
    expect(cost(`{ tags(limit: 500) { id } }`)).toBe(1 + 7);
    expect(cost(`query($l: Int) { tags(limit: $l) { id } }`)).toBe(1 + 7);
    expect(cost(`{ tags(limit: 0) { id } }`)).toBe(1);
  });

  it('sizes the edges of a connection by the page size of the field returning it', () => {
    // items + (edges + 20 × (cursor + node + id)) + (pageInfo + hasNextPage)
    expect(
      cost(`{ items(first: 20) { edges { cursor node { id } } pageInfo { hasNextPage } } }`),
    ).toBe(1 + (1 + 20 * (1 + (1 + 1))) + (1 + 1));
    expect(cost(`{ items(first: 20) { edges { node { tags { id } } } } }`)).toBe(
      1 + (1 + 20 * (1 + (1 + COST_MODEL.assumedListLength))),
    );
  });

  it('counts an undocumented page size as asked when literal, and as a large page otherwise', () => {
    expect(cost(`{ open(first: 40) { id } }`)).toBe(41);
    expect(cost(`query($n: Int) { open(first: $n) { id } }`)).toBe(
      1 + COST_MODEL.undocumentedPageSize,
    );
  });

  it('counts fragments where they are spread, once each however deeply they nest', () => {
    expect(cost(`{ plain { ...T } } fragment T on Tag { id name }`)).toBe(
      cost(`{ plain { id name } }`),
    );
    expect(cost(`{ one { ... on Tag { id } } }`)).toBe(2);
    // 2^30 spreads if expanded naively; each fragment is costed once.
    const chain = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Tag { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    expect(cost(`{ one { ...F0 } } ${chain} fragment F30 on Tag { id }`)).toBeGreaterThan(1e9);
  });

  it('leaves introspection to its own switch', () => {
    expect(cost(`{ __schema { types { name fields { name } } } }`)).toBe(0);
  });
});
