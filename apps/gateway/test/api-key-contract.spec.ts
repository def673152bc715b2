import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
// The contract is built by the compose tool; this test checks the gateway against its output.
/* eslint-disable @nx/enforce-module-boundaries */
import {
  buildContract,
  CONTRACT_PATH,
  renderContractFile,
} from '../../../tools/compose-supergraph/contract';
import { SUPERGRAPH_PATH } from '../../../tools/compose-supergraph/subgraphs';
/* eslint-enable @nx/enforce-module-boundaries */
import {
  CONTRACT_VALIDATION_RULES,
  loadContractSchema,
  ROOT_FIELD_SCOPES,
} from '../src/graphql/api-key-contract.plugin';
import { operationCost } from '../src/graphql/query-cost';

/**
 * The public contract API keys are validated against: generated from the committed supergraph,
 * never edited by hand, and holding nothing personal.
 */
const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
const committed = readFileSync(CONTRACT_PATH, 'utf8');
const contract = loadContractSchema(committed);

describe('the public contract', () => {
  it('is what the committed supergraph filters to (run `npm run compose` when this fails)', () => {
    const built = buildContract(supergraph);
    if ('errors' in built) throw new Error(built.errors.join('\n'));
    expect(committed).toBe(renderContractFile(built.contractSdl));
    expect(path.basename(CONTRACT_PATH)).toBe('contract.graphql');
  });

  it('has a query root only, and every root field needs a scope the gateway knows', () => {
    expect(contract.getMutationType()).toBeUndefined();
    expect(contract.getSubscriptionType()).toBeUndefined();
    const roots = Object.keys(contract.getQueryType()!.getFields()).sort();
    expect(roots.length).toBeGreaterThan(0);
    expect(roots.filter((f) => ROOT_FIELD_SCOPES[f] === undefined)).toEqual([]);
  });

  it('holds the published programme, partner names and kinds, and published summaries', () => {
    const ok = parse(`{
      events(first: 10) { edges { node { id title kind startsAt endsAt status aims hostPartner { name kind } } } pageInfo { hasNextPage endCursor } }
      partners { id name kind }
      impactSummaries { academicYear publishedAt report { cells { instrument n meanChange } } }
    }`);
    expect(validate(contract, ok, CONTRACT_VALIDATION_RULES)).toEqual([]);
  });

  it.each([
    ['people', '{ people { edges { node { id } } } }'],
    ['a person', '{ me { id } }'],
    ['registrations', '{ event(id: "1") { registrations { id } } }'],
    ['event organisers', '{ event(id: "1") { roles { role } } }'],
    ['surveys', '{ surveys(eventId: "1") { id } }'],
    ['a partner’s people', '{ partner(id: "1") { people { edges { node { id } } } } }'],
    ['API keys', '{ apiKeys(partnerId: "1") { id } }'],
    ['focus group notes', '{ focusGroupNotes { edges { node { id } } } }'],
    [
      'a mutation',
      'mutation { createPartner(input: { name: "x", kind: STATE, town: "y" }) { errors { code } } }',
    ],
  ])('leaves out %s', (_what, query) => {
    expect(validate(contract, parse(query), CONTRACT_VALIDATION_RULES).length).toBeGreaterThan(0);
  });

  it('bounds every list an associate can reach: a full page of the programme is well under the per-key cost limit', () => {
    const doc = parse(
      `query($n: Int) { events(first: $n) { edges { node { id title aims hostPartner { name } } } } }`,
    );
    const op = doc.definitions[0];
    if (op.kind !== 'OperationDefinition') throw new Error('expected an operation');
    const cost = operationCost(contract, op, new Map());
    expect(cost).toBeLessThanOrEqual(10_000);
    expect(cost).toBeGreaterThan(200); // counted at the documented cap of 200, not as one item
  });
});
