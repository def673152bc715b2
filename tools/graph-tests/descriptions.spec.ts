import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import type { DefinitionNode, DirectiveNode } from 'graphql';
import { REPO_ROOT, schemaFileOf, SUBGRAPHS } from '@ekst/platform';

/**
 * Associate partners and client developers read the graph through its descriptions (issue 11):
 * every type, field, argument, input field and enum value a subgraph declares carries one. The
 * exceptions are the stubs of entities another subgraph owns (`@key(…, resolvable: false)`, or a
 * redeclared entity whose owner's description is the one the supergraph shows): their `id` and
 * the type itself; the fields a subgraph contributes to them are described.
 */
const isStub = (d: { directives?: readonly DirectiveNode[] }) =>
  (d.directives ?? []).some(
    (x) => x.name.value === 'key' && (x.arguments ?? []).some((a) => a.name.value === 'resolvable'),
  );

/** Entities owned elsewhere: redeclared with @key but, by convention here, without a description. */
const OWNERS: Record<string, string> = {
  Partner: 'partners-governance',
  Person: 'people',
  Event: 'events',
  Survey: 'evaluation',
  SwapOffer: 'teacher-swap',
};

export function undescribed(service: string, sdl: string): string[] {
  const missing: string[] = [];
  for (const d of parse(sdl).definitions as DefinitionNode[]) {
    if (!('name' in d) || !d.name) continue;
    const name = d.name.value;
    const foreignEntity = OWNERS[name] !== undefined && OWNERS[name] !== service;
    const stub = isStub(d as { directives?: readonly DirectiveNode[] }) || foreignEntity;
    const isTypeDefinition = [
      Kind.OBJECT_TYPE_DEFINITION,
      Kind.INPUT_OBJECT_TYPE_DEFINITION,
      Kind.ENUM_TYPE_DEFINITION,
      Kind.SCALAR_TYPE_DEFINITION,
      Kind.INTERFACE_TYPE_DEFINITION,
      Kind.UNION_TYPE_DEFINITION,
    ].includes(d.kind);
    if (
      isTypeDefinition &&
      !('description' in d && d.description) &&
      !stub &&
      name !== 'Query' &&
      name !== 'Mutation'
    )
      missing.push(name);
    const fields = 'fields' in d ? (d.fields ?? []) : [];
    for (const f of fields) {
      if (!f.description && !(stub && f.name.value === 'id'))
        missing.push(`${name}.${f.name.value}`);
      for (const a of 'arguments' in f ? (f.arguments ?? []) : [])
        if (!a.description) missing.push(`${name}.${f.name.value}(${a.name.value})`);
    }
    for (const v of 'values' in d ? (d.values ?? []) : [])
      if (!v.description) missing.push(`${name}.${v.name.value}`);
  }
  return missing;
}

describe('every schema element is described', () => {
  it.each(SUBGRAPHS.map((s) => s.name))('%s', (service) => {
    const sdl = readFileSync(schemaFileOf(service, REPO_ROOT), 'utf8');
    expect(undescribed(service, sdl)).toEqual([]);
  });

  it('notices an undescribed field, argument and enum value (the check can fail)', () => {
    expect(
      undescribed(
        'events',
        `"A thing." type Thing { "Its id." id: ID! size(unit: String): Int }
         "Colours." enum Colour { "Red." RED BLUE }`,
      ),
    ).toEqual(['Thing.size', 'Thing.size(unit)', 'Colour.BLUE']);
  });
});
