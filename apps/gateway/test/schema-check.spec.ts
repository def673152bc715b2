import { readFileSync } from 'node:fs';
import path from 'node:path';
// Like supergraph.spec.ts: tests the build tool that checks the gateway's input, so the rule
// is lifted for this import alone.
/* eslint-disable @nx/enforce-module-boundaries */
import { checkIndependentDeploys } from '../../../tools/compose-supergraph/check-independent';
/* eslint-enable @nx/enforce-module-boundaries */

/**
 * The CI schema check for independent deploys (tools/compose-supergraph/check-independent.ts):
 * each subgraph at HEAD composed with the others as released, and compared with its own release.
 * A deliberately breaking change fails it; the same change done as a deprecation passes.
 */
const EVALUATION = readFileSync(
  path.resolve(__dirname, '../../evaluation/src/schema.graphql'),
  'utf8',
);
const FIELD = '  instruments: [InstrumentInfo!]!\n';

describe('schema check: each subgraph deployable alone', () => {
  it('passes for every subgraph at HEAD against the released others', async () => {
    const report = await checkIndependentDeploys();
    expect(report.subgraphs.filter((s) => s.composition.length || s.breaking.length)).toEqual([]);
    expect(report.ok).toBe(true);
  }, 300_000);

  it('fails a deliberately breaking change (a field removed without deprecation)', async () => {
    expect(EVALUATION).toContain(FIELD);
    // the field and its description line
    const removed = EVALUATION.replace(
      / {2}"The instrument registry[^\n]*\n {2}instruments: \[InstrumentInfo!\]!\n/,
      '',
    );
    expect(removed).not.toContain(FIELD);
    const report = await checkIndependentDeploys({ evaluation: removed }, ['evaluation']);
    expect(report.ok).toBe(false);
    expect(report.subgraphs[0].breaking).toEqual([
      expect.stringMatching(/Field 'instruments' .*removed.* \(Query\.instruments\)/),
    ]);
  }, 120_000);

  it('passes the same change made as a deprecation first', async () => {
    const deprecated = EVALUATION.replace(
      FIELD,
      '  instruments: [InstrumentInfo!]! @deprecated(reason: "Use the survey registry instead.")\n',
    );
    expect(deprecated).not.toBe(EVALUATION);
    const report = await checkIndependentDeploys({ evaluation: deprecated }, ['evaluation']);
    expect(report.subgraphs[0]).toEqual({ name: 'evaluation', composition: [], breaking: [] });
    expect(report.ok).toBe(true);
  }, 120_000);

  it('fails a subgraph that does not compose with the released others', async () => {
    // a second owner of Query.instruments: evaluation's released schema already resolves it
    const events = readFileSync(path.resolve(__dirname, '../../events/src/schema.graphql'), 'utf8');
    const clash = events.replace('type Query {\n', 'type Query {\n  instruments: Int\n');
    expect(clash).not.toBe(events);
    const report = await checkIndependentDeploys({ events: clash }, ['events']);
    expect(report.ok).toBe(false);
    expect(report.subgraphs[0].composition.join('\n')).toMatch(/instruments/);
  }, 120_000);
});
