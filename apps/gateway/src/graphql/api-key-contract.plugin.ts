import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiKeyScope } from '@ekst/auth';
import {
  buildSchema,
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  specifiedRules,
  TypeMetaFieldDef,
  validate,
} from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  SelectionSetNode,
  ValidationRule,
} from 'graphql';
import type { GatewayContext } from '../gateway-context';
import { operationCost } from './query-cost';

/**
 * What each root field of the public contract needs. A root field missing here is refused for
 * every key (fail closed); apps/gateway/test/api-key-contract.spec.ts fails when the contract
 * gains a root field this map does not name.
 */
export const ROOT_FIELD_SCOPES: Readonly<Record<string, ApiKeyScope>> = {
  events: 'PROGRAMME_READ',
  event: 'PROGRAMME_READ',
  partners: 'PARTNERS_READ',
  partner: 'PARTNERS_READ',
  impactSummaries: 'IMPACT_READ',
};

/** Introspection shows the whole graph; an API key reads the published contract file instead. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name) {
      context.reportError(
        new GraphQLError(
          'Introspection is not available to API keys: the public contract is published in docs/api',
          { nodes: [node] },
        ),
      );
    }
  },
});

/**
 * graphql-js 16 does not check that the schema has a root for the operation's type (v17's
 * KnownOperationTypesRule does): without this, a mutation would pass against a query-only schema.
 */
const queriesOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(
        new GraphQLError(`API keys may run queries only, not a ${node.operation}`, {
          nodes: [node],
        }),
      );
    }
  },
});

/** The rules an API-key document must pass against the contract schema. */
export const CONTRACT_VALIDATION_RULES: readonly ValidationRule[] = [
  ...specifiedRules,
  queriesOnly,
  noIntrospection,
];

export function loadContractSchema(sdl: string): GraphQLSchema {
  return buildSchema(sdl);
}

const refusal = (message: string, code: string, status: number, extensions: object = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });

/** How many validated documents are remembered per gateway (by Apollo's query hash). */
const VALIDATED_CACHE_SIZE = 1000;

/**
 * API-key requests run against the public contract (contract.graphql), checked after Apollo has
 * parsed the document and before the gateway plans it: the document must validate against the
 * contract schema (so a key cannot even name a field outside it, and gets no data), use only
 * root fields its scopes allow, cost no more than the per-key limit, and — for a key restricted
 * to trusted operations — be one of them (by the SHA-256 of its text, the hash automatic
 * persisted queries use). People's JWTs keep the full graph.
 */
export function apiKeyContractPlugin(
  contract: GraphQLSchema,
  opts: { maxCost: number },
): ApolloServerPlugin<GatewayContext> {
  const validated = new Map<string, readonly GraphQLError[]>();

  function contractErrors(hash: string, document: DocumentNode): readonly GraphQLError[] {
    const known = validated.get(hash);
    if (known !== undefined) return known;
    const errors = validate(contract, document, CONTRACT_VALIDATION_RULES);
    if (validated.size >= VALIDATED_CACHE_SIZE) {
      const oldest = validated.keys().next();
      if (!oldest.done) validated.delete(oldest.value);
    }
    validated.set(hash, errors);
    return errors;
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, queryHash }) {
          const grant = contextValue.caller.apiKey;
          if (contextValue.caller.kind !== 'api-key') return;
          if (grant === undefined || operation === undefined) {
            throw refusal('This API key cannot run this operation', 'FORBIDDEN', 403);
          }
          if (grant.trustedOperations !== null && !grant.trustedOperations.has(queryHash)) {
            throw refusal(
              'This API key may run only its trusted operations (by SHA-256 of the query)',
              'FORBIDDEN',
              403,
            );
          }
          const errors = contractErrors(queryHash, document);
          if (errors.length > 0) {
            const message = errors.map((e) => e.message).join('; ');
            throw refusal(
              `Not in the public contract for API keys: ${message}`,
              'GRAPHQL_VALIDATION_FAILED',
              400,
            );
          }
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of document.definitions) {
            if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          }
          for (const field of rootFields(operation.selectionSet, fragments)) {
            const scope = ROOT_FIELD_SCOPES[field];
            if (field === '__typename') continue;
            if (scope === undefined || !grant.scopes.includes(scope)) {
              throw refusal(
                `This API key's scopes do not include ${scope ?? 'access to'} ${field}`,
                'FORBIDDEN',
                403,
              );
            }
          }
          const cost = operationCost(contract, operation, fragments);
          if (cost > opts.maxCost) {
            throw refusal(
              `Query cost limit of ${opts.maxCost} for API keys exceeded: this operation costs ${cost}. Ask for smaller pages (first) or fewer nested lists.`,
              'GRAPHQL_VALIDATION_FAILED',
              400,
              { cost, limit: opts.maxCost },
            );
          }
        },
      };
    },
  };
}

/** The root field names an operation selects, through fragments at the root. */
function rootFields(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  const names: string[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) names.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT)
      names.push(...rootFields(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      if (fragment) names.push(...rootFields(fragment.selectionSet, fragments, seen));
    }
  }
  return names;
}
