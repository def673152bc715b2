import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import type { Request, Response } from 'express';

/**
 * The portal's own small server: the built files, and `/graphql` (plus the gateway's
 * `/events/<id>.ics`, `/events/<id>/registrations.csv`, `/calendars/<secret>.ics` and
 * `/reports/annual/<year>.pdf|.html` files)
 * reverse-proxied to the gateway. The browser talks to one origin, so the gateway needs no CORS
 * and its CSRF protection stays as it is; the gateway belongs to another team and is not changed.
 */
export interface PortalServerOptions {
  port: number;
  /** The gateway's base URL, e.g. http://127.0.0.1:4000 (a trailing /graphql is ignored). */
  gatewayUrl: string;
  distDir: string;
  host?: string;
}

/**
 * No inline script, no eval, no other origin: scripts are the built chunks only. Styles allow
 * inline attributes because ECharts sets element styles; no script can come in that way.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

function proxyTo(gateway: URL) {
  return (req: Request, res: Response) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = v;
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    const upstream = http.request(
      {
        hostname: gateway.hostname,
        port: gateway.port,
        method: req.method,
        path: req.originalUrl,
        headers,
      },
      (answer) => {
        const out: http.OutgoingHttpHeaders = {};
        for (const [k, v] of Object.entries(answer.headers))
          if (!HOP_BY_HOP.has(k) && v !== undefined) out[k] = v;
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent)
        res.status(502).json({
          errors: [
            { message: 'The gateway is not reachable', extensions: { code: 'BAD_GATEWAY' } },
          ],
        });
      else res.end();
    });
    req.pipe(upstream);
  };
}

export async function startPortalServer(
  opts: PortalServerOptions,
): Promise<{ url: string; close: () => Promise<void> }> {
  const index = path.join(opts.distDir, 'index.html');
  if (!existsSync(index))
    throw new Error(`${index} is missing: build the portal first (npx nx run portal:build)`);
  const gateway = new URL(opts.gatewayUrl.replace(/\/graphql\/?$/, ''));
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    next();
  });
  const proxy = proxyTo(gateway);
  app.use('/graphql', proxy);
  app.use('/calendars', proxy);
  app.get(/^\/events\/[^/]+(\.ics|\/registrations\.csv)$/, proxy);
  app.get(/^\/reports\/annual\/\d{4}\.(pdf|html)$/, proxy);
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/assets',
    express.static(path.join(opts.distDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
    }),
  );
  app.get('/persisted-documents.json', (_req, res) => {
    res.sendFile(path.join(opts.distDir, 'persisted-documents.json'));
  });
  // Every other path is a page of the single-page app.
  app.use((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.status(405).end();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
