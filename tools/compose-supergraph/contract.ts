import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema as printFederationSchema, Supergraph } from '@apollo/federation-internals';
import {
  assertValidSchema,
  buildASTSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
} from 'graphql';
import type { DefinitionNode, DirectiveNode, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { REPO_ROOT, relative, SUPERGRAPH_PATH } from './subgraphs';

/**
 * The public contract: the part of the supergraph associate partners' API keys may use. A field
 * is in it when a subgraph tags it `@tag(name: "public")`; a type is in it when a public field
 * reaches it from `Query` (enums, scalars and input types whole, object types with their public
 * fields only). Nothing else — no mutation, no untagged field — exists for an API key: the
 * gateway validates every API-key request against this schema before planning it.
 *
 *   node -r @swc-node/register tools/compose-supergraph/contract.ts           write contract.graphql
 *   node -r @swc-node/register tools/compose-supergraph/contract.ts --check   exit 1 if stale
 *
 * (`npm run compose` writes it too, right after the supergraph.)
 */
export const CONTRACT_TAG = 'public';
export const CONTRACT_PATH = path.join(REPO_ROOT, 'contract.graphql');

export const CONTRACT_HEADER = [
  '# GENERATED FILE: do not edit by hand.',
  '# The public contract for API keys: the fields of supergraph.graphql tagged @tag(name: "public"),',
  '# filtered by tools/compose-supergraph/contract.ts. Regenerate with `npm run compose`.',
  '',
].join('\n');

function isPublicTag(d: DirectiveNode): boolean {
  return (
    d.name.value === 'tag' &&
    (d.arguments ?? []).some(
      (a) =>
        a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === CONTRACT_TAG,
    )
  );
}

/** `Type.field` of every field tagged public in the supergraph (tags survive composition there). */
export function publicFieldsOf(supergraphSdl: string): Set<string> {
  const tagged = new Set<string>();
  for (const def of parse(supergraphSdl).definitions) {
    if (
      def.kind === Kind.OBJECT_TYPE_DEFINITION ||
      def.kind === Kind.OBJECT_TYPE_EXTENSION ||
      def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      def.kind === Kind.INTERFACE_TYPE_EXTENSION
    ) {
      for (const field of def.fields ?? []) {
        if ((field.directives ?? []).some(isPublicTag))
          tagged.add(`${def.name.value}.${field.name.value}`);
      }
    }
  }
  return tagged;
}

export type ContractOutcome = { contractSdl: string } | { errors: string[] };

/** Filters a composed supergraph down to its public contract (see above). Never throws for a bad graph. */
export function buildContract(supergraphSdl: string): ContractOutcome {
  const tagged = publicFieldsOf(supergraphSdl);
  // The API schema (what clients see: no join__/link machinery), as the gateway serves it.
  const api: GraphQLSchema = buildSchema(
    printFederationSchema(Supergraph.build(supergraphSdl).apiSchema()),
  );
  const errors: string[] = [];
  const keptFields = new Map<string, Set<string>>();
  const keptTypes = new Set<string>();
  const queue: GraphQLNamedType[] = [];
  const reach = (type: GraphQLNamedType) => {
    if (!keptTypes.has(type.name)) {
      keptTypes.add(type.name);
      queue.push(type);
    }
  };
  const query = api.getQueryType();
  if (!query) return { errors: ['the supergraph has no Query type'] };
  reach(query);
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields()).filter((f) =>
        tagged.has(`${type.name}.${f.name}`),
      );
      if (fields.length === 0) {
        errors.push(`${type.name} is reached by a public field but has no public field itself`);
      }
      keptFields.set(type.name, new Set(fields.map((f) => f.name)));
      for (const field of fields) {
        reach(getNamedType(field.type));
        for (const arg of field.args) reach(getNamedType(arg.type));
      }
    } else if (isUnionType(type)) {
      for (const member of type.getTypes()) reach(member);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) reach(getNamedType(field.type));
    } else if (isEnumType(type) || isScalarType(type)) {
      // kept whole
    }
  }
  for (const coordinate of tagged) {
    const [typeName] = coordinate.split('.');
    if (!keptTypes.has(typeName)) {
      errors.push(`${coordinate} is tagged public but no public field reaches ${typeName}`);
    }
  }
  if (errors.length > 0) return { errors };

  const definitions: DefinitionNode[] = [];
  for (const def of parse(printSchema(api)).definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      const fields = keptFields.get(def.name.value);
      if (!fields) continue;
      definitions.push({
        ...def,
        interfaces: (def.interfaces ?? []).filter((i) => keptTypes.has(i.name.value)),
        fields: (def.fields ?? []).filter((f) => fields.has(f.name.value)),
      });
    } else if (
      def.kind === Kind.UNION_TYPE_DEFINITION ||
      def.kind === Kind.ENUM_TYPE_DEFINITION ||
      def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
      def.kind === Kind.SCALAR_TYPE_DEFINITION
    ) {
      if (keptTypes.has(def.name.value)) definitions.push(def);
    } else if (def.kind === Kind.DIRECTIVE_DEFINITION) {
      definitions.push(def);
    }
    // Anything else (the schema definition) is dropped: the contract has a query root only.
  }
  try {
    const contract = buildASTSchema({ kind: Kind.DOCUMENT, definitions });
    assertValidSchema(contract);
    return { contractSdl: printSchema(lexicographicSortSchema(contract)) };
  } catch (err) {
    return { errors: [err instanceof Error ? err.message : String(err)] };
  }
}

export function renderContractFile(contractSdl: string): string {
  return `${CONTRACT_HEADER}${contractSdl.trimEnd()}\n`;
}

function main(argv: readonly string[]): number {
  const outcome = buildContract(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  if ('errors' in outcome) {
    process.stderr.write(
      `The public contract does not build (${outcome.errors.length} error(s)):\n`,
    );
    for (const error of outcome.errors) process.stderr.write(`  - ${error}\n`);
    return 1;
  }
  const rendered = renderContractFile(outcome.contractSdl);
  const target = relative(CONTRACT_PATH);
  if (argv.includes('--check')) {
    const committed = existsSync(CONTRACT_PATH) ? readFileSync(CONTRACT_PATH, 'utf8') : null;
    if (committed !== rendered) {
      process.stderr.write(`${target} is stale: run \`npm run compose\` and commit it.\n`);
      return 1;
    }
    process.stdout.write(`${target} is up to date.\n`);
    return 0;
  }
  writeFileSync(CONTRACT_PATH, rendered);
  process.stdout.write(`Wrote ${target} (the public contract for API keys).\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
