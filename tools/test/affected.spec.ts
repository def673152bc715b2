import { APP_NAMES } from '@ekst/platform';
import { affectedProjects, parseArgs } from './affected';

/**
 * `npm run test:affected` selects projects from Nx's own project graph. Changed files are given
 * directly (`--files`), so this needs no git history (CI's fresh clone has one commit).
 */
describe('test:affected (Nx project graph)', () => {
  // the gateway and the subgraphs (the platform's one service list)
  const SERVICES: readonly string[] = APP_NAMES;

  it("a change in one app's file selects that app and not the other services", () => {
    const selected = affectedProjects({ files: ['apps/people/src/domain/consent-state.ts'] });
    expect(selected).toContain('people');
    // the journeys through the gateway run the changed service too
    expect(selected).toContain('e2e');
    for (const other of SERVICES.filter((s) => s !== 'people'))
      expect(selected).not.toContain(other);
    // nor any lib: libs do not depend on apps
    expect(selected).not.toContain('messaging');
  }, 60000);

  it('a change in a lib selects every service that uses it, and the lib itself', () => {
    const selected = affectedProjects({ files: ['libs/messaging/src/outbox.ts'] });
    // every subgraph (the gateway does not use messaging)
    expect(selected).toEqual(
      expect.arrayContaining(['messaging', ...SERVICES.filter((s) => s !== 'gateway')]),
    );
    expect(selected).not.toContain('contracts'); // messaging depends on contracts, not the reverse
  }, 60000);

  it('a change to the compose file selects only its consistency check', () => {
    expect(affectedProjects({ files: ['docker/docker-compose.yml'] })).toEqual(['docker']);
  }, 60000);

  it('refuses to guess a base', () => {
    expect(() => parseArgs([])).toThrow('--base');
    expect(() => parseArgs(['--base'])).toThrow('needs a value');
    expect(parseArgs(['--base', 'origin/main', '--targets=lint,test'])).toMatchObject({
      base: 'origin/main',
      targets: ['lint', 'test'],
      dryRun: false,
    });
  });
});
