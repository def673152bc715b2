import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/**
 * The API schema of a supergraph: what clients of the gateway see (no join__ directives, no
 * @inaccessible elements), the schema the portal's operations are typed and validated against.
 */
export function apiSchemaOf(supergraphFile: string): string {
  const supergraph = Supergraph.build(readFileSync(supergraphFile, 'utf8'));
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema());
}
