import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { COST_MODEL, queryCostRule } from './query-cost';

/** Limits every operation must satisfy before the gateway plans it (see README: Security). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: COST_MODEL.maxCost,
  maxDirectives: 50,
} as const;

export interface QueryLimitsSetup {
  readonly plugins: ApolloServerPlugin[];
  readonly validationRules: ValidationRule[];
  readonly parseOptions: ParseOptions;
}

/** `maxCost`: QUERY_MAX_COST, the estimated-cost limit for people's operations (default 100,000). */
export function queryLimits(maxCost: number = QUERY_LIMITS.maxCost): QueryLimitsSetup {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-armor's cost ignores the schema: it multiplies only by a literal `first` (a
    // variable costs nothing), compounds 1.5× per level, and so refused the documented page sizes
    // while letting `first: $n` through. Our rule (query-cost.ts) reads the documented caps.
    costLimit: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // graphql-armor's token limit throws from an Apollo `parsingDidStart` hook, which Apollo
    // Server 5 answers with HTTP 500. graphql-js enforces the same limit inside `parse`
    // (parseOptions below), which Apollo reports as a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Suggestions ("Did you mean …?") are removed by Apollo's hideSchemaDetailsFromClientErrors
    // (validation) and by formatGatewayError (every error the client sees). Armor's plugin
    // assigned `error.message` on every error a request met, which throws for an error whose
    // message is a read-only getter (a DOMException such as AbortSignal.timeout's): the request
    // then failed inside Apollo's error handling instead of getting its masked error.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins,
    validationRules: [...validationRules, queryCostRule(maxCost)],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
