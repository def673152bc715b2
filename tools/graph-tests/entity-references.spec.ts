import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import type { DocumentNode, TypeNode } from 'graphql';
import { REPO_ROOT, schemaFileOf, SUBGRAPHS } from '@ekst/platform';
import type { SubgraphName } from '@ekst/platform';

/**
 * Hiding one entity must never null the answer around it. A subgraph that returns a reference to
 * an entity another subgraph owns cannot know whether the owner will resolve it: the owner may
 * hide it from this caller (people hides persons, events hides drafts) or not know it. If such a
 * field (or the items of such a list) is non-null, a hidden entity nulls its parent, and so on up
 * to the query root: `event(id)` came back null for the host school when one visiting student
 * was hidden. So every such field must be nullable, and says in its description what null means.
 *
 * Walks every field of every object type in the five subgraph schemas (the supergraph is composed
 * from exactly these, and apps/gateway/test/supergraph.spec.ts keeps it fresh).
 */

/** Who resolves each entity's own fields; the test fails when a new entity is not listed here. */
const ENTITY_OWNERS: Record<string, SubgraphName> = {
  Partner: 'partners-governance',
  Person: 'people',
  Event: 'events',
  Survey: 'evaluation',
  SwapOffer: 'teacher-swap',
  SwapRequest: 'teacher-swap',
  Swap: 'teacher-swap',
  // the coordinator's operations record: partners-governance answers its one key, every service
  // resolves its own field on any key (it is never hidden)
  Operations: 'partners-governance',
  // Data rights (issue 20): people answers the queries that return them; every service resolves
  // any id (its reference is never null), contributing its own field.
  DataSubject: 'people',
  RetentionRecord: 'people',
};

const schemas: Array<{ subgraph: SubgraphName; doc: DocumentNode }> = SUBGRAPHS.map((s) => ({
  subgraph: s.name,
  doc: parse(readFileSync(schemaFileOf(s.name, REPO_ROOT), 'utf8')),
}));

function namedType(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type);
}

/** A field whose value, or any item of its list, can never be null. */
function nonNullSomewhere(t: TypeNode): boolean {
  if (t.kind === Kind.NON_NULL_TYPE) return true;
  if (t.kind === Kind.LIST_TYPE) return nonNullSomewhere(t.type);
  return false;
}

function objectTypes(doc: DocumentNode) {
  return doc.definitions.filter(
    (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
}

interface Reference {
  subgraph: SubgraphName;
  field: string;
  type: TypeNode;
  description: string;
  owner: SubgraphName;
}

function crossSubgraphReferences(): Reference[] {
  const refs: Reference[] = [];
  for (const { subgraph, doc } of schemas) {
    for (const def of objectTypes(doc)) {
      for (const field of def.fields ?? []) {
        const owner = ENTITY_OWNERS[namedType(field.type)];
        if (owner && owner !== subgraph) {
          refs.push({
            subgraph,
            field: `${def.name.value}.${field.name.value}`,
            type: field.type,
            description: field.description?.value ?? '',
            owner,
          });
        }
      }
    }
  }
  return refs;
}

describe('entity references across subgraphs', () => {
  it('every entity (a type with @key in some subgraph) has a known owner', () => {
    const entities = new Set(
      schemas.flatMap(({ doc }) =>
        objectTypes(doc)
          .filter((d) => d.directives?.some((dir) => dir.name.value === 'key'))
          .map((d) => d.name.value),
      ),
    );
    expect([...entities].sort()).toEqual(Object.keys(ENTITY_OWNERS).sort());
  });

  it('finds the references it is meant to check', () => {
    const fields = crossSubgraphReferences().map((r) => r.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'Registration.person',
        'EventRole.person',
        'Survey.event',
        'SwapOffer.teacher',
      ]),
    );
  });

  it('are nullable, items of lists too, so a hidden entity never nulls its parent', () => {
    const nonNull = crossSubgraphReferences()
      .filter((r) => nonNullSomewhere(r.type))
      .map((r) => `${r.subgraph}: ${r.field}: ${print(r.type)} (${r.owner} may return null)`);
    expect(nonNull).toEqual([]);
  });

  it('say in their description what null means', () => {
    const undescribed = crossSubgraphReferences()
      .filter((r) => !/\bnull\b/i.test(r.description))
      .map((r) => `${r.subgraph}: ${r.field}`);
    expect(undescribed).toEqual([]);
  });
});
