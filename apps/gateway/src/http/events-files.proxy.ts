import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import type { Logger } from 'pino';
import type { VerifyCaller } from '../auth/verify-caller';
import { CallerRejectedError } from '../auth/verify-caller';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FEED_TOKEN = /^[A-Za-z0-9_-]{20,128}$/;
/** Column lists longer than any real one are refused here; the events service judges the names. */
const MAX_COLUMNS_LENGTH = 300;
/** Whoever holds a feed's secret URL: calendar clients send no credentials. */
const FEED_READER: Caller = Object.freeze({
  kind: 'anonymous',
  subject: 'calendar-feed',
  roles: [],
  partnerId: null,
});
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

/**
 * Files the events service makes beside the graph: iCalendar feeds (RFC 5545) a calendar client
 * subscribes to by secret URL, one event's `.ics`, and a streamed CSV of registrations. The
 * gateway stays the only way in: it authenticates the caller (the feed token is the credential
 * for feeds), signs an internal token and streams the subgraph's answer through.
 */
export function eventsFilesRouter(opts: {
  eventsUrl: string;
  internalTokenSecret: string;
  verifyCaller: VerifyCaller;
  log: Logger;
}): Router {
  const base = new URL(opts.eventsUrl).origin;
  const router = express.Router();

  async function forward(res: Response, path: string, caller: Caller): Promise<void> {
    const token = await signInternalToken(caller, {
      secret: opts.internalTokenSecret,
      audience: 'events',
    });
    const upstream = await fetch(`${base}/internal${path}`, {
      headers: { [INTERNAL_TOKEN_HEADER]: token },
      signal: AbortSignal.timeout(30_000),
    });
    res.status(upstream.status);
    for (const h of PASSED_HEADERS) {
      const v = upstream.headers.get(h);
      if (v) res.setHeader(h, v);
    }
    if (!upstream.body) return void res.end();
    Readable.fromWeb(upstream.body as WebReadableStream<Uint8Array>)
      .on('error', (err) => {
        opts.log.warn(
          { err: err.message, path: path.replace(/calendars\/[^/]+/, 'calendars/…') },
          'file proxy failed',
        );
        res.destroy(err);
      })
      .pipe(res);
  }

  const authenticated =
    (handler: (req: Request, res: Response, caller: Caller) => Promise<void>) =>
    async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const caller = await opts.verifyCaller(req.headers.authorization);
        if (caller.kind === 'anonymous') {
          res.status(401).json({
            errors: [
              { message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } },
            ],
          });
          return;
        }
        // An API key may use the public contract only, and these files are not in it.
        if (caller.kind === 'api-key') {
          res.status(403).json({
            errors: [
              {
                message: 'API keys may use the public contract only',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          });
          return;
        }
        await handler(req, res, caller);
      } catch (err) {
        if (err instanceof CallerRejectedError) {
          res
            .status(401)
            .json({ errors: [{ message: err.message, extensions: { code: 'UNAUTHENTICATED' } }] });
          return;
        }
        next(err);
      }
    };

  const notFound = (res: Response) => res.status(404).json({ error: 'not found' });

  router.get('/calendars/:file', async (req, res, next) => {
    const token = req.params.file.replace(/\.ics$/, '');
    if (!req.params.file.endsWith('.ics') || !FEED_TOKEN.test(token)) return void notFound(res);
    try {
      await forward(res, `/calendars/${token}.ics`, FEED_READER);
    } catch (err) {
      next(err);
    }
  });

  router.get(
    '/events/:file',
    authenticated(async (req, res, caller) => {
      const file = String(req.params.file);
      const id = file.replace(/\.ics$/, '');
      if (!file.endsWith('.ics') || !UUID.test(id)) return void notFound(res);
      await forward(res, `/events/${id}.ics`, caller);
    }),
  );

  router.get(
    '/events/:id/registrations.csv',
    authenticated(async (req, res, caller) => {
      const columns = typeof req.query.columns === 'string' ? req.query.columns : '';
      const id = String(req.params.id);
      if (!UUID.test(id)) return void notFound(res);
      // Unknown names are a 400 from the events service, which alone knows the valid columns.
      if (columns.length > MAX_COLUMNS_LENGTH) {
        return void res.status(400).json({ error: 'too many columns asked for' });
      }
      await forward(
        res,
        `/events/${id}/registrations.csv?columns=${encodeURIComponent(columns)}`,
        caller,
      );
    }),
  );
  // --- school year --- a person's own records as files (the events service applies the graph's rules).
  router.get(
    '/people/:id/:file',
    authenticated(async (req, res, caller) => {
      const id = String(req.params.id);
      const file = String(req.params.file);
      if (!UUID.test(id) || !['cpd.csv', 'cpd.html', 'ambassador-hours.csv'].includes(file))
        return void notFound(res);
      const year = typeof req.query.academicYear === 'string' ? req.query.academicYear : '';
      // Judged by the events service (a 400 for anything but a year); bounded here.
      const query = year ? `?academicYear=${encodeURIComponent(year.slice(0, 10))}` : '';
      await forward(res, `/people/${id}/${file}${query}`, caller);
    }),
  );
  return router;
}
