/**
 * `npm run build [-- <app>...]`: compiles the apps with SWC into dist/apps/<app>/ (main.js, its
 * schema.graphql, and the libs it uses under node_modules/@ekst/), skipping any that is up to
 * date. `npm start`, `npm test` and the test stack do this themselves before starting processes;
 * each app's Nx `build` target calls this with its name; the Dockerfile runs it for its APP.
 */
import { APP_NAMES, buildApps } from '@ekst/platform';
import type { AppName } from '@ekst/platform';

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(APP_NAMES as readonly string[]).includes(a));
  if (unknown.length > 0) {
    process.stderr.write(`unknown app(s) ${unknown.join(', ')}; one of ${APP_NAMES.join(' ')}\n`);
    process.exit(2);
  }
  const apps = asked.length > 0 ? (asked as AppName[]) : APP_NAMES;
  const started = Date.now();
  for (const r of await buildApps(apps)) {
    process.stdout.write(
      r.built
        ? `${r.app}: ${r.files} files (libs: ${r.libs.join(', ')}) in ${r.ms} ms\n`
        : `${r.app}: up to date\n`,
    );
  }
  process.stdout.write(`build: ${Date.now() - started} ms\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
