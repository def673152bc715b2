/**
 * `npx nx run portal:serve`: the built portal on PORTAL_PORT (default 4100), proxying /graphql to
 * GATEWAY_URL (default http://127.0.0.1:4000). `npm start` runs the same server in-process.
 */
import path from 'node:path';
import { PORTAL_PORT } from './portal-build';
import { startPortalServer } from './portal-server';

async function main(): Promise<void> {
  const { url } = await startPortalServer({
    port: Number(process.env.PORTAL_PORT ?? PORTAL_PORT),
    gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
    distDir: process.env.PORTAL_DIST ?? path.resolve(__dirname, '../../../dist/apps/portal'),
    host: process.env.PORTAL_HOST,
  });
  process.stdout.write(`portal: ${url}/\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`portal: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
