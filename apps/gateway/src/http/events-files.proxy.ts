import type { Caller } from '@ekst/auth';
import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Logger } from 'pino';
import type { VerifyCaller } from '../auth/verify-caller';
import { forwardFile, signedInPerson } from './subgraph-files';

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
  const router = express.Router();

  const upstream = {
    base: new URL(opts.eventsUrl).origin,
    audience: 'events',
    internalTokenSecret: opts.internalTokenSecret,
    log: opts.log,
  };
  const forward = (res: Response, path: string, caller: Caller) =>
    forwardFile(upstream, res, path, caller, {
      headers: PASSED_HEADERS,
      logPath: path.replace(/calendars\/[^/]+/, 'calendars/…'),
    });
  const authenticated = (handler: (req: Request, res: Response, caller: Caller) => Promise<void>) =>
    signedInPerson(opts.verifyCaller, handler);

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
