/**
 * `npm run build:deps -- <app> [--out <dir>]`: the app's runtime dependencies, computed from its
 * compiled output (built first if stale) and the root package-lock.json
 * (libs/platform/src/app-dependencies.ts).
 *
 *   npm run build:deps -- people               # prints people's package.json (exact versions)
 *   npm run build:deps -- people --out /out    # lays out what people's image holds:
 *                                              # /out/package.json, /out/node_modules (only the
 *                                              # packages people needs), /out/dist/apps/people
 *
 * The images (docker/<app>.Dockerfile) run the second form in their build stage and copy /out.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { APP_NAMES, appDependencies, appPackageJson, buildApps, stageApp } from '@ekst/platform';
import type { AppName } from '@ekst/platform';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt === -1 ? null : args[outAt + 1];
  const app = args.find((a, i) => !a.startsWith('-') && (outAt === -1 || i !== outAt + 1));
  if (!app || !(APP_NAMES as readonly string[]).includes(app) || (outAt !== -1 && !out)) {
    process.stderr.write(`usage: build:deps <${APP_NAMES.join('|')}> [--out <dir>]\n`);
    process.exit(2);
  }
  await buildApps([app as AppName]);
  const deps = appDependencies(app as AppName);
  if (deps.missing.length > 0) {
    throw new Error(`required but not in package-lock.json: ${deps.missing.join(', ')}`);
  }
  if (!out) {
    process.stdout.write(appPackageJson(deps));
    return;
  }
  const dest = path.resolve(out);
  if (existsSync(dest) && readdirSync(dest).length > 0) {
    throw new Error(`${dest} is not empty`);
  }
  stageApp(deps, dest);
  process.stderr.write(
    `${app}: ${Object.keys(deps.direct).length} direct dependencies, ` +
      `${deps.installed.length} packages in ${dest}/node_modules\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`build:deps failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
