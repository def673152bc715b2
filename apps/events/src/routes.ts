import type { Caller } from '@ekst/auth';
import { accessLogFor } from '@ekst/subgraph-kit';
import type { Logger } from '@ekst/subgraph-kit';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { calendarForToken, eventCalendar } from './use-cases/calendar.query';
import {
  chooseExportColumns,
  exportRegistrationsCsv,
} from './use-cases/export-registrations.use-case';
// --- school year ---
import { schoolYearRoutes } from './school-year.routes';

const ICS = 'text/calendar; charset=utf-8';

/**
 * HTTP beside GraphQL, under /internal (behind the gateway's internal token): calendar feeds a
 * client subscribes to by URL, one event's .ics, and a streamed CSV of registrations.
 */
export function eventsRoutes(router: Router, deps: { dataSource: DataSource; log: Logger }): void {
  const { dataSource, log } = deps;
  schoolYearRoutes(router, { dataSource }); // --- school year ---

  // The secret token in the path is the authorisation: calendar clients send no credentials.
  router.get('/calendars/:token.ics', async (req, res) => {
    const ics = await calendarForToken(dataSource, req.params.token);
    if (ics === null) return void res.status(404).json({ error: 'no such calendar' });
    res.set('cache-control', 'private, max-age=300').type(ICS).send(ics);
  });

  router.get('/events/:id.ics', async (req, res) => {
    const caller = res.locals.caller as Caller;
    const ics = await eventCalendar(dataSource, caller, req.params.id);
    if (ics === null) return void res.status(404).json({ error: 'no such event' });
    res
      .type(ICS)
      .set('content-disposition', `attachment; filename="event-${req.params.id}.ics"`)
      .send(ics);
  });

  router.get('/events/:id/registrations.csv', async (req, res) => {
    const caller = res.locals.caller as Caller;
    const choice = chooseExportColumns(
      typeof req.query.columns === 'string' ? req.query.columns : '',
    );
    if ('unknown' in choice) {
      return void res.status(400).json({
        error: `unknown columns: ${choice.unknown.join(', ')}`,
        unknownColumns: choice.unknown,
        validColumns: choice.valid,
      });
    }
    // Like Event.registrations in the graph: one access-log entry for the file, naming everyone
    // in it (never the file's content), written when the response ends, even if cut short.
    const reads = accessLogFor(dataSource, log).forRequest(caller);
    const stream = await exportRegistrationsCsv(
      dataSource,
      caller,
      req.params.id,
      choice.columns,
      (personIds) => reads.record('REGISTRATIONS', 'registrations.csv', personIds),
    );
    if (stream === null) return void res.status(404).json({ error: 'no such event' });
    if (stream === 'forbidden') return void res.status(403).json({ error: 'forbidden' });
    res.once('close', () => reads.end());
    res
      .type('text/csv; charset=utf-8')
      .set('content-disposition', `attachment; filename="registrations-${req.params.id}.csv"`);
    stream.on('error', (err: Error) => {
      log.error({ err: err.message }, 'csv export failed');
      res.destroy(err);
    });
    stream.pipe(res);
  });
}
