import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import type {
  GraphQLArgument,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
} from 'graphql';

/**
 * Queries for the page-size test (issue 8, defect 6): every list field that takes a page size
 * (`first`, `last`, `limit`), asked for at the maximum its description documents, selecting every
 * field of what it returns. The gateway's test validates each against the gateway's limits; the
 * e2e suite runs each through the whole platform.
 */

export const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

export interface PaginatedField {
  /** `Type.field`, e.g. `Query.people` */
  readonly coordinate: string;
  readonly argument: string;
  /** the documented maximum page size, or null when the description documents none */
  readonly documentedCap: number | null;
}

export interface DocumentedMaximumQuery extends PaginatedField {
  readonly documentedCap: number;
  readonly query: string;
}

/** "`first` is capped at 200" → 200 (the convention every subgraph schema follows). */
export function documentedCapOf(description: string | null | undefined): number | null {
  if (!description) return null;
  const match = /`(?:first|last|limit)`[^.]*?\bcapped\s+at\s+(\d[\d,]*)/i.exec(description);
  return match ? Number(match[1].replace(/,/g, '')) : null;
}

/** Every field of every object type (and Query) that takes a page-size argument. */
export function paginatedFields(schema: GraphQLSchema): PaginatedField[] {
  const found: PaginatedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const arg = field.args.find((a) =>
        (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(a.name),
      );
      if (arg)
        found.push({
          coordinate: `${type.name}.${field.name}`,
          argument: arg.name,
          documentedCap: documentedCapOf(field.description),
        });
    }
  }
  return found.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/**
 * How many object levels the selection takes from each list item: the item's own fields, and
 * every leaf field of the objects it leads to (a person's consent records, partner,
 * registrations…), but no further. Connection wrappers (`…Connection`, `…Edge`) are not levels.
 */
const ITEM_LEVELS = 2;

const isWrapper = (type: GraphQLCompositeType) => /(Connection|Edge)$/.test(type.name);

/** A value for a required argument, so a field that needs one can still be selected. */
function sampleValue(type: GraphQLInputType): string | null {
  const named = getNullableType(type);
  if (isListType(named)) {
    const item = sampleValue(named.ofType);
    return item === null ? null : `[${item}]`;
  }
  if (isEnumType(named)) return named.getValues()[0]?.name ?? null;
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return String(new Date().getUTCFullYear() - 1);
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      case 'ID':
        return '"00000000-0000-4000-8000-000000000000"';
      default:
        return '"x"';
    }
  }
  if (isInputObjectType(named)) return null;
  return null;
}

function requiredArguments(field: GraphQLField<unknown, unknown>): string | null {
  const required = field.args.filter(
    (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined,
  );
  const parts: string[] = [];
  for (const a of required) {
    const value = sampleValue(a.type);
    if (value === null) return null;
    parts.push(`${a.name}: ${value}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** Every field of `type`, down to `levels` levels of objects (see ITEM_LEVELS). */
export function selectEverything(type: GraphQLCompositeType, levels: number): string {
  if (isUnionType(type)) {
    const members = type
      .getTypes()
      .map((m) => `... on ${m.name} ${selectEverything(m, levels)}`)
      .join(' ');
    return `{ __typename ${members} }`;
  }
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = requiredArguments(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(`${field.name}${args}`);
      continue;
    }
    if (!isCompositeType(named)) continue;
    // Leaving a list item costs a level; leaving a connection or edge does not.
    const below = isWrapper(type) ? levels : levels - 1;
    if (below <= 0) continue;
    parts.push(`${field.name}${args} ${selectEverything(named, below)}`);
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

/** The shortest way from Query to a field of `typeName` (for page-size fields not on Query). */
function pathTo(schema: GraphQLSchema, typeName: string): string[] | null {
  const query = schema.getQueryType();
  if (!query) return null;
  const seen = new Set<string>([query.name]);
  const queue: Array<{ type: GraphQLObjectType; path: string[] }> = [{ type: query, path: [] }];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { type, path } = next;
    if (type.name === typeName) return path;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const args = requiredArguments(field);
      if (!isObjectType(named) || seen.has(named.name) || args === null) continue;
      seen.add(named.name);
      queue.push({ type: named, path: [...path, `${field.name}${args}`] });
    }
  }
  return null;
}

/**
 * The query asking a paginated field for its documented maximum page with every field; null
 * when it documents no cap, or it cannot be reached from Query.
 */
export function documentedMaximumQuery(
  schema: GraphQLSchema,
  field: PaginatedField,
): DocumentedMaximumQuery | null {
  if (field.documentedCap === null) return null;
  const [typeName, fieldName] = field.coordinate.split('.');
  const parent = schema.getType(typeName);
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return null;
  const definition = parent.getFields()[fieldName];
  const path = pathTo(schema, typeName);
  const others = definition.args
    .filter(
      (a) => a.name !== field.argument && isNonNullType(a.type) && a.defaultValue === undefined,
    )
    .map((a) => `${a.name}: ${sampleValue(a.type)}`);
  const named = getNamedType(definition.type);
  if (path === null || !isCompositeType(named)) return null;
  const args = [`${field.argument}: ${field.documentedCap}`, ...others].join(', ');
  let query = `${fieldName}(${args}) ${selectEverything(named, ITEM_LEVELS)}`;
  for (const step of [...path].reverse()) query = `${step} { ${query} }`;
  return { ...field, documentedCap: field.documentedCap, query: `{ ${query} }` };
}
