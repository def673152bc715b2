import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const PORTAL_DIST = path.join(ROOT, 'dist', 'apps', 'portal');
/** `npm start` serves the portal here (gateway 4000, subgraphs 4001–4005). */
export const PORTAL_PORT = 4100;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no build, or a source file or the supergraph changed after it. */
export function portalBuildIsStale(): boolean {
  const index = path.join(PORTAL_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return (
    newestMtime(path.join(ROOT, 'apps/portal/src')) > built ||
    statSync(path.join(ROOT, 'supergraph.graphql')).mtimeMs > built
  );
}

/** Builds the portal (codegen, type-check, vite build, budget) when it is stale; throws if that fails. */
export function ensurePortalBuilt(log: (m: string) => void = () => undefined): boolean {
  if (!portalBuildIsStale()) return false;
  log('building the portal (vite) ...');
  const res = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/portal/tools/build.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (res.status !== 0) throw new Error('the portal build failed (npx nx run portal:build)');
  return true;
}
