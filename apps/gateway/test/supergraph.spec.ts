import { existsSync, readFileSync } from 'node:fs';
// This spec tests the build tool that produces the gateway's input (tools-compose-supergraph,
// type:tool): the one place an app's test imports a tool, so the rule is lifted for it alone.
/* eslint-disable @nx/enforce-module-boundaries */
import { findBreakingChanges } from '../../../tools/compose-supergraph/check-breaking';
import { composeSupergraph, renderSupergraphFile } from '../../../tools/compose-supergraph/compose';
import {
  relative,
  RELEASES_DIR,
  SUPERGRAPH_PATH,
} from '../../../tools/compose-supergraph/subgraphs';
/* eslint-enable @nx/enforce-module-boundaries */
import { SUBGRAPHS } from '@ekst/platform';
import { loadConfig, SUBGRAPH_NAMES } from '../src/config';
import { createGatewayApp } from '../src/gateway';
import { createLogger } from '../src/logger';

/**
 * The real graph: the five subgraph schemas compose, the committed supergraph.graphql is what
 * they compose to today, and nothing broke since the last released schemas.
 */

function composedSdl(): string {
  const outcome = composeSupergraph();
  if ('errors' in outcome)
    throw new Error(`composition failed:\n  - ${outcome.errors.join('\n  - ')}`);
  return outcome.supergraphSdl;
}

describe('the supergraph', () => {
  it("the platform's service list and the gateway know the same subgraphs", () => {
    expect(SUBGRAPHS.map((s) => s.name)).toEqual([...SUBGRAPH_NAMES]);
  });

  it('composes from the five subgraph schemas', () => {
    expect(composedSdl()).toContain('@join__graph(name: "teacher-swap"');
  });

  it('is committed and not stale (run `npm run compose` to fix)', () => {
    expect(existsSync(SUPERGRAPH_PATH)).toBe(true);
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(renderSupergraphFile(composedSdl()));
  });

  it('has no breaking change against the released subgraph schemas', async () => {
    const report = await findBreakingChanges();
    expect(report.missing).toEqual([]);
    expect(report.invalid).toEqual([]);
    expect(report.breaking).toEqual([]);
    if (report.unreleased.length > 0) {
      // Not a failure (nothing released yet to break), but worth seeing in the test output.
      process.stdout.write(
        `no snapshot in ${relative(RELEASES_DIR)} yet for: ${report.unreleased.join(', ')}\n`,
      );
    }
  });

  it('is loaded by the gateway, which maps every subgraph in it to a URL', async () => {
    const gateway = await createGatewayApp(loadConfig({ NODE_ENV: 'test', EKST_DEV_AUTH: '1' }), {
      logger: createLogger('silent'),
    });
    await gateway.stop();
  });
});
