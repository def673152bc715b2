import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import type { EnumTypeDefinitionNode, ObjectTypeDefinitionNode } from 'graphql';
import { REPO_ROOT, schemaFileOf, SUBGRAPHS } from '@ekst/platform';

/**
 * `UserError.code` is an enum in every subgraph (issue 9). Federation 2 merges the subgraphs'
 * output-only `UserErrorCode` enums into one, and the supergraph shows ONE description per value:
 * whichever subgraph composition picks. So a code that several subgraphs return must be described
 * the same way in each, in words true for all of them; otherwise clients read, say, "no survey
 * with this id" for an event they could not find.
 */
const subgraphs = SUBGRAPHS.map((s) => {
  const doc = parse(readFileSync(schemaFileOf(s.name, REPO_ROOT), 'utf8'));
  const codes = doc.definitions.find(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'UserErrorCode',
  );
  const userError = doc.definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'UserError',
  );
  return { name: s.name, codes, userError };
});

describe('typed user error codes', () => {
  it.each(subgraphs.map((s) => [s.name, s] as const))(
    '%s: UserError.code is its UserErrorCode enum, every value documented',
    (_name, s) => {
      expect(s.codes).toBeDefined();
      const code = s.userError?.fields?.find((f) => f.name.value === 'code');
      expect(code && print(code.type)).toBe('UserErrorCode!');
      const undocumented = (s.codes?.values ?? [])
        .filter((v) => !v.description?.value.trim())
        .map((v) => v.name.value);
      expect(undocumented).toEqual([]);
    },
  );

  it('describes a code shared by several subgraphs identically in each', () => {
    const byCode = new Map<string, Map<string, string[]>>();
    for (const s of subgraphs) {
      for (const v of s.codes?.values ?? []) {
        const description = (v.description?.value ?? '').replace(/\s+/g, ' ').trim();
        const seen = byCode.get(v.name.value) ?? new Map<string, string[]>();
        seen.set(description, [...(seen.get(description) ?? []), s.name]);
        byCode.set(v.name.value, seen);
      }
    }
    const differing = [...byCode]
      .filter(([, descriptions]) => descriptions.size > 1)
      .map(([code, descriptions]) => ({ code, descriptions: Object.fromEntries(descriptions) }));
    expect(differing).toEqual([]);
  });
});
