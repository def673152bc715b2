import type { Router } from 'express';
import express from 'express';
import type { Logger } from 'pino';
import type { VerifyCaller } from '../auth/verify-caller';
import { forwardFile, signedInPerson } from './subgraph-files';

const REPORT_FILE = /^\d{4}\.(pdf|html)$/;
/** Printing the PDF starts a browser: allow it longer than a GraphQL request. */
const REPORT_TIMEOUT_MS = 90_000;

/**
 * `GET /reports/annual/:year.pdf|.html`: evaluation's annual impact report, for a signed-in
 * person's bearer token (the coordinator and heads; evaluation decides, and answers everyone
 * else 403 with no content). API keys get 403 here: the report is not in the public contract.
 */
export function reportsRouter(opts: {
  evaluationUrl: string;
  internalTokenSecret: string;
  verifyCaller: VerifyCaller;
  log: Logger;
}): Router {
  const upstream = {
    base: new URL(opts.evaluationUrl).origin,
    audience: 'evaluation',
    internalTokenSecret: opts.internalTokenSecret,
    log: opts.log,
  };
  const router = express.Router();
  router.get(
    '/reports/annual/:file',
    signedInPerson(opts.verifyCaller, async (req, res, caller) => {
      const file = String(req.params.file);
      if (!REPORT_FILE.test(file)) return void res.status(404).json({ error: 'not found' });
      await forwardFile(upstream, res, `/reports/annual/${file}`, caller, {
        timeoutMs: REPORT_TIMEOUT_MS,
      });
    }),
  );
  return router;
}
