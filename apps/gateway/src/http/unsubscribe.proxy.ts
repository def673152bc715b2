import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import express from 'express';
import type { Router } from 'express';

const TOKEN = /^[A-Za-z0-9_-]{10,200}\.[A-Za-z0-9_-]{43}$/;
/** Whoever holds a signed unsubscribe link: mail clients send no credentials (RFC 8058). */
const LINK_HOLDER: Caller = Object.freeze({
  kind: 'anonymous',
  subject: 'unsubscribe-link',
  roles: [],
  partnerId: null,
});

/**
 * One-click unsubscribe links from e-mails (`List-Unsubscribe`, RFC 8058): `GET` shows a button,
 * `POST` (what a mail client sends for `List-Unsubscribe-Post`) unsubscribes. The signed token is
 * the credential; communications checks it. The gateway stays the only way in.
 */
export function unsubscribeRouter(opts: {
  communicationsUrl: string;
  internalTokenSecret: string;
}): Router {
  const base = new URL(opts.communicationsUrl).origin;
  const router = express.Router();
  router.all(
    '/unsubscribe/:token',
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (req, res, next) => {
      try {
        const token = String(req.params.token);
        if (!TOKEN.test(token) || !['GET', 'POST'].includes(req.method))
          return void res.status(404).type('text/plain').send('This link is not valid.');
        const internal = await signInternalToken(LINK_HOLDER, {
          secret: opts.internalTokenSecret,
          audience: 'communications',
        });
        const upstream = await fetch(`${base}/internal/unsubscribe/${token}`, {
          method: req.method,
          headers: {
            [INTERNAL_TOKEN_HEADER]: internal,
            'content-type': 'application/x-www-form-urlencoded',
          },
          ...(req.method === 'POST' ? { body: 'List-Unsubscribe=One-Click' } : {}),
          signal: AbortSignal.timeout(10_000),
        });
        res.status(upstream.status);
        res.setHeader('cache-control', 'no-store');
        res.type(upstream.headers.get('content-type') ?? 'text/plain').send(await upstream.text());
      } catch (err) {
        next(err);
      }
    },
  );
  return router;
}
