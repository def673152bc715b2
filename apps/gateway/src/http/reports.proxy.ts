import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Router } from 'express';
import express from 'express';
import type { Logger } from 'pino';
import type { VerifyCaller } from '../auth/verify-caller';
import { CallerRejectedError } from '../auth/verify-caller';

const REPORT_FILE = /^\d{4}\.(pdf|html)$/;
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length'];
/** Printing the PDF starts a browser: allow it longer than a GraphQL request. */
const REPORT_TIMEOUT_MS = 90_000;

const unauthenticated = (message: string) => ({
  errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
});

/**
 * `GET /reports/annual/:year.pdf|.html`: evaluation's annual impact report, for a signed-in
 * person's bearer token (the coordinator and heads; evaluation decides, and answers everyone
 * else 403 with no content). API keys get 403 here: the report is not in the public contract.
 * The gateway signs an internal token for the caller and streams evaluation's answer through.
 */
export function reportsRouter(opts: {
  evaluationUrl: string;
  internalTokenSecret: string;
  verifyCaller: VerifyCaller;
  log: Logger;
}): Router {
  const base = new URL(opts.evaluationUrl).origin;
  const router = express.Router();

  router.get('/reports/annual/:file', async (req, res, next) => {
    const file = String(req.params.file);
    if (!REPORT_FILE.test(file)) return void res.status(404).json({ error: 'not found' });
    try {
      const caller = await opts.verifyCaller(req.headers.authorization);
      if (caller.kind === 'anonymous')
        return void res.status(401).json(unauthenticated('Authentication required'));
      if (caller.kind === 'api-key')
        return void res.status(403).json({
          errors: [
            {
              message: 'API keys may use the public contract only',
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        });
      const token = await signInternalToken(caller, {
        secret: opts.internalTokenSecret,
        audience: 'evaluation',
      });
      const upstream = await fetch(`${base}/internal/reports/annual/${file}`, {
        headers: { [INTERNAL_TOKEN_HEADER]: token },
        signal: AbortSignal.timeout(REPORT_TIMEOUT_MS),
      });
      res.status(upstream.status);
      for (const h of PASSED_HEADERS) {
        const v = upstream.headers.get(h);
        if (v) res.setHeader(h, v);
      }
      if (!upstream.body) return void res.end();
      Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>)
        .on('error', (err) => {
          opts.log.warn({ err: err.message, file }, 'report proxy failed');
          res.destroy(err);
        })
        .pipe(res);
    } catch (err) {
      if (err instanceof CallerRejectedError)
        return void res.status(401).json(unauthenticated(err.message));
      next(err);
    }
  });
  return router;
}
