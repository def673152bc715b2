import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromAST,
} from 'graphql';
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * The gateway's cost model: an estimate of how many values an operation can make the subgraphs
 * produce, checked before the query is planned.
 *
 * - Every field costs 1; an object field adds the cost of its selection.
 * - A list is multiplied by its length. A list that takes a page-size argument (`first`, `last`
 *   or `limit`), or the `edges`/`nodes` list of a connection returned by such a field, counts the
 *   page size asked for, but never more than the cap its description documents ("`first` is
 *   capped at 200"), because the subgraph never returns more. A page size given by a variable
 *   (unknown while validating) counts the cap; an absent one the argument's default.
 * - Any other list counts ASSUMED_LIST_LENGTH items.
 *
 * So the documented caps are the cost model's input: a cap documented in a subgraph schema is a
 * page size the gateway accepts (apps/gateway/test/query-cost.spec.ts builds every paginated list
 * at its documented maximum with all its fields and fails if the limit refuses one).
 */
export const COST_MODEL = {
  /** Highest cost accepted. A full page of people with every field, nested lists included, is about a third of it. */
  maxCost: 100_000,
  /** Items assumed in a list without a page size (a person's consents, an event's registrations). */
  assumedListLength: 10,
  /** Page size counted for a page-size argument whose cap is not documented (and a variable). */
  undocumentedPageSize: 1000,
} as const;

export const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/**
 * The cap a field's description documents for a page-size argument: "`first` is capped at 200",
 * "`first` defaults to 50 and is capped at 100". Null when there is none.
 */
export function documentedPageCap(description: string | null | undefined): number | null {
  if (!description) return null;
  const match = /`(?:first|last|limit)`[^.]*?\bcapped\s+at\s+(\d[\d,]*)/i.exec(description);
  return match ? Number(match[1].replace(/,/g, '')) : null;
}

export interface QueryCost {
  readonly cost: number;
  readonly limit: number;
}

/** Thrown by the rule (through the validation context) when an operation costs too much. */
export function queryCostError(cost: number, limit: number, node?: OperationDefinitionNode) {
  return new GraphQLError(
    `Query cost limit of ${limit} exceeded: this operation costs ${cost}. Ask for smaller pages ` +
      `(first) or fewer nested lists.`,
    { nodes: node ? [node] : undefined, extensions: { cost, limit } },
  );
}

/** The estimated cost of one operation of a document (see COST_MODEL). */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  model: { assumedListLength: number; undocumentedPageSize: number } = COST_MODEL,
): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  // A fragment's cost does not depend on where it is spread (its type condition fixes its
  // type), so each is computed once: nested spreads cannot make estimating exponential.
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
    const arg = field.args.find((a) => (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(a.name));
    if (!arg) return null;
    const cap = documentedPageCap(field.description);
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    let size: number;
    if (given === undefined) {
      size =
        typeof arg.defaultValue === 'number'
          ? arg.defaultValue
          : (cap ?? model.undocumentedPageSize);
    } else if (given.value.kind === Kind.VARIABLE) {
      size = cap ?? model.undocumentedPageSize;
    } else {
      const literal: unknown = valueFromAST(given.value, arg.type);
      size = typeof literal === 'number' ? literal : (cap ?? model.undocumentedPageSize);
    }
    return Math.max(0, cap === null ? size : Math.min(size, cap));
  }

  function selectionCost(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    connectionPage: number | null,
  ): number {
    let total = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          total += fieldCost(selection, parent, connectionPage);
          break;
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          if (type && isCompositeType(type))
            total += selectionCost(selection.selectionSet, type, connectionPage);
          break;
        }
        case Kind.FRAGMENT_SPREAD:
          total += fragmentCost(selection.name.value);
          break;
      }
    }
    return total;
  }

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle or an unknown fragment is reported by graphql-js's own rules.
    if (!fragment || inProgress.has(name)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    inProgress.add(name);
    const cost = selectionCost(fragment.selectionSet, type, null);
    inProgress.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  }

  function fieldCost(
    node: FieldNode,
    parent: GraphQLCompositeType,
    connectionPage: number | null,
  ): number {
    const name = node.name.value;
    // Introspection is refused in production; elsewhere tools must be able to load the schema.
    if (name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name) return 0;
    if (name === TypeNameMetaFieldDef.name) return 1;
    const field =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    // An unknown field is reported by graphql-js's own rules.
    if (!field || !node.selectionSet) return 1;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return 1;
    const page = pageSize(field, node);
    const isList = isListType(getNullableType(field.type));
    // A page size on a field that returns a connection sizes the connection's edges and nodes.
    const length = isList
      ? (page ??
        (name === 'edges' || name === 'nodes' ? connectionPage : null) ??
        model.assumedListLength)
      : 1;
    const inner = selectionCost(node.selectionSet, type, isList ? null : page);
    return 1 + length * inner;
  }

  return selectionCost(operation.selectionSet, root, null);
}

/**
 * A validation rule refusing every operation whose cost (operationCost) is over the limit, with
 * the cost and the limit in the message and in `extensions` (a client can tell how far over it is).
 */
export function queryCostRule(limit: number = COST_MODEL.maxCost): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const cost = operationCost(context.getSchema(), operation, fragments);
        if (cost > limit) context.reportError(queryCostError(cost, limit, operation));
      },
    };
  };
}
