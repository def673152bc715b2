import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './infra/process-utils';
import { APP_NAMES, GATEWAY_PORT, schemaFileOf, subgraphSpec, SUBGRAPHS } from './services';

describe('the service list', () => {
  it('gives every subgraph its own port, database and URL variable', () => {
    const ports = [GATEWAY_PORT, ...SUBGRAPHS.map((s) => s.port)];
    expect(new Set(ports).size).toBe(ports.length);
    expect(new Set(SUBGRAPHS.map((s) => s.database)).size).toBe(SUBGRAPHS.length);
    for (const s of SUBGRAPHS) {
      expect(s.database).toBe(`ekst_${s.name.replace(/-/g, '_')}`);
      expect(s.urlEnv).toBe(`${s.name.toUpperCase().replace(/-/g, '_')}_URL`);
    }
  });

  it('names, for each subgraph, a module file that exports that module and a schema file', () => {
    for (const s of SUBGRAPHS) {
      const file = path.join(REPO_ROOT, s.module.file);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`export const ${s.module.export}\\b`));
      expect(existsSync(schemaFileOf(s.name, REPO_ROOT))).toBe(true);
    }
  });

  it('lists as apps exactly the folders with a main.ts (the gateway and the subgraphs)', () => {
    for (const app of APP_NAMES)
      expect(existsSync(path.join(REPO_ROOT, 'apps', app, 'src', 'main.ts'))).toBe(true);
    expect(APP_NAMES).toContain('gateway');
    expect(() => subgraphSpec('nope' as never)).toThrow(/unknown service/);
  });
});
