import type { ApolloServer } from '@apollo/server';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import { printPdf } from '@ekst/print';
import type { VerifyCaller } from '../auth/verify-caller';
import { CallerRejectedError } from '../auth/verify-caller';
import type { GatewayContext } from '../gateway-context';
import { requestStateOf } from '../http/request-state.middleware';
import type { SubjectAccessAnswer } from './subject-access-export';
import {
  renderSubjectAccessHtml,
  SUBJECT_ACCESS_QUERY,
  toSubjectAccessExport,
} from './subject-access-export';

/**
 * `GET /data-rights/subject-access/<personId>.json`, `.html` or `.pdf`: the subject access export
 * as a file (the PDF is the HTML printed by Chromium, `@ekst/print`). It runs the one export query through this gateway's own graph as the caller (so the
 * subgraphs decide who may, log the request, and nothing bypasses the graph) and shapes the
 * answer. Errors are the graph's: FORBIDDEN 403, UNAUTHENTICATED 401.
 */
export function subjectAccessRouter(opts: {
  server: ApolloServer<GatewayContext>;
  verifyCaller: VerifyCaller;
  consumeRateLimit: (caller: GatewayContext['caller'], ip: string) => Promise<void>;
  /** Debian's chromium, for the PDF */
  chromiumPath: string;
}): Router {
  const router = express.Router();
  router.get(
    '/data-rights/subject-access/:file',
    async (req: Request, res: Response, next: NextFunction) => {
      const match = /^(.{1,64})\.(json|html|pdf)$/.exec(String(req.params.file));
      if (!match) return void res.status(404).json({ error: 'not found' });
      const [, personId, format] = match;
      const requestState = requestStateOf(req);
      try {
        const caller = await opts.verifyCaller(req.headers.authorization);
        if (caller.kind !== 'person') {
          res.status(caller.kind === 'anonymous' ? 401 : 403).json({
            errors: [
              {
                message:
                  'A subject access export is for the coordinator or the data protection lead',
                extensions: { code: caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' },
              },
            ],
          });
          return;
        }
        await opts.consumeRateLimit(caller, req.ip ?? req.socket.remoteAddress ?? 'unknown');
        const result = await opts.server.executeOperation(
          { query: SUBJECT_ACCESS_QUERY, variables: { personId } },
          { contextValue: { caller, requestId: requestState.requestId, requestState } },
        );
        if (result.body.kind !== 'single') throw new Error('unexpected incremental result');
        const { data, errors } = result.body.singleResult;
        const answer = (data as { subjectAccessRequest?: SubjectAccessAnswer } | null)
          ?.subjectAccessRequest;
        if (errors?.length || !answer) {
          const code = String(errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          const status = code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 500;
          res.status(status).json({
            errors: (errors ?? []).map((e) => ({
              message: e.message,
              extensions: { code: e.extensions?.code },
            })),
          });
          return;
        }
        const exported = toSubjectAccessExport(answer);
        const name = `subject-access-${exported.personId}.${format}`;
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-disposition', `attachment; filename="${name}"`);
        if (format === 'json') return void res.json(exported);
        const html = renderSubjectAccessHtml(exported);
        if (format === 'html') return void res.type('html').send(html);
        // Printed only after the graph said yes: a refused caller never starts a browser.
        const pdf = await printPdf(html, { executablePath: opts.chromiumPath });
        res.type('application/pdf').send(pdf);
      } catch (err) {
        if (err instanceof CallerRejectedError) {
          res
            .status(401)
            .json({ errors: [{ message: err.message, extensions: { code: 'UNAUTHENTICATED' } }] });
          return;
        }
        next(err);
      }
    },
  );
  return router;
}
