import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';

/** Limits every operation must satisfy before the gateway plans it (see README: Security). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 5000,
  maxDirectives: 50,
} as const;

export interface QueryLimitsSetup {
  readonly plugins: ApolloServerPlugin[];
  readonly validationRules: ValidationRule[];
  readonly parseOptions: ParseOptions;
}

export function queryLimits(): QueryLimitsSetup {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // graphql-armor's token limit throws from an Apollo `parsingDidStart` hook, which Apollo
    // Server 5 answers with HTTP 500. graphql-js enforces the same limit inside `parse`
    // (parseOptions below), which Apollo reports as a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors strips validation suggestions cleanly; armor's
    // mask also covers errors raised later. An empty mask avoids "[Suggestion hidden]?" noise.
    blockFieldSuggestion: { enabled: true, mask: '' },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
