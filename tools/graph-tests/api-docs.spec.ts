import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
// The docs generator lives with the compose tool, which this project tests.
/* eslint-disable @nx/enforce-module-boundaries */
import { API_DOCS_DIR, renderApiDocs } from '../compose-supergraph/api-docs';
import { API_EXAMPLES } from '../compose-supergraph/api-examples';
import { CONTRACT_PATH } from '../compose-supergraph/contract';
/* eslint-enable @nx/enforce-module-boundaries */

/**
 * docs/api is generated from the committed contract: a change to the public graph without
 * regenerating it fails here, and so does an example that names anything outside the contract.
 */
describe('docs/api', () => {
  const contract = readFileSync(CONTRACT_PATH, 'utf8');

  it.each([...renderApiDocs(contract).entries()].map(([name, content]) => [name, content]))(
    'docs/api/%s is up to date (regenerate: node -r @swc-node/register tools/compose-supergraph/api-docs.ts)',
    (name, content) => {
      const file = path.join(API_DOCS_DIR, name);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(content);
    },
  );

  it('every example is valid against the contract; a private field is not', () => {
    const schema = buildSchema(contract);
    for (const ex of API_EXAMPLES) expect(validate(schema, parse(ex.query))).toEqual([]);
    const naming = (q: string) => validate(schema, parse(q)).map((e) => e.message);
    expect(naming('{ people(first: 1) { edges { node { displayName } } } }')[0]).toMatch(/people/);
    expect(() =>
      renderApiDocs(contract, [
        { title: 'bad', purpose: '', query: '{ me { id } }', variables: {} },
      ]),
    ).toThrow(/does not validate/);
  });

  it('the integrating guide is there beside the generated reference', () => {
    expect(readFileSync(path.join(API_DOCS_DIR, 'integrating.md'), 'utf8')).toMatch(/API key/i);
  });
});
