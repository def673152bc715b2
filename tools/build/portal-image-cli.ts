/**
 * `node -r @swc-node/register tools/build/portal-image-cli.ts --out /out`: lays out what the
 * portal's image runs (docker/apps/portal/Dockerfile), like `build:deps` does for the other apps:
 *
 *   /out/server/*.js      apps/portal/server compiled to CommonJS (SWC, the repository's .swcrc)
 *   /out/package.json     exactly the packages that output requires, at the lockfile's versions
 *   /out/node_modules     only those packages and what they depend on (express, for now)
 *
 * The built static files (`nx run portal:build`, dist/apps/portal) are copied beside it by the
 * Dockerfile; the server finds them through PORTAL_DIST.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileFolder, dependenciesOfOutput, REPO_ROOT, stagePackages } from '@ekst/platform';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt === -1 ? undefined : args[outAt + 1];
  if (!out) {
    process.stderr.write('usage: portal-image-cli.ts --out <dir>\n');
    process.exit(2);
  }
  const dest = path.resolve(out);
  if (existsSync(dest) && readdirSync(dest).length > 0) throw new Error(`${dest} is not empty`);
  const serverDir = path.join(dest, 'server');
  await compileFolder(path.join(REPO_ROOT, 'apps/portal/server'), serverDir);
  const deps = dependenciesOfOutput(serverDir);
  if (deps.missing.length > 0) {
    throw new Error(`required but not in package-lock.json: ${deps.missing.join(', ')}`);
  }
  const manifest = {
    name: '@ekst/app-portal',
    private: true,
    description: "EKST portal's server: runtime dependencies computed from its compiled output",
    main: 'server/main.js',
    engines: { node: '>=20.19' },
    dependencies: deps.direct,
  };
  writeFileSync(path.join(dest, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  stagePackages(deps.installed, dest);
  process.stderr.write(
    `portal: ${Object.keys(deps.direct).length} direct dependencies, ` +
      `${deps.installed.length} packages in ${dest}/node_modules\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`portal image: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
