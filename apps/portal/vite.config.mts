import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

/**
 * Dev: `npx nx run portal:dev` serves src/ with hot reload on :5173 and proxies /graphql (and the
 * gateway's CSV/iCalendar files) to the gateway, so the browser calls one origin as in production.
 */
export default defineConfig({
  root: path.join(here, 'src'),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.join(here, '../../dist/apps/portal'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    port: Number(process.env.PORTAL_DEV_PORT ?? 5173),
    proxy: { '/graphql': gateway, '/events': gateway, '/calendars': gateway, '/reports': gateway },
  },
});
