import type { Caller } from '@ekst/auth';
import type { Logger } from '@ekst/subgraph-kit';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { loadReportConfig } from '../config';
import { produceAnnualReport } from './annual-report.use-case';

/**
 * `GET /internal/reports/annual/:year.pdf|.html` (behind the gateway's internal token; the
 * gateway serves it at `/reports/annual/:year.pdf|.html`): the annual impact report.
 * 403 with no content for anyone but the coordinator and heads; 400 for a year that is not one.
 */
export function annualReportRoutes(
  router: Router,
  deps: { dataSource: DataSource; log: Logger },
): void {
  const config = loadReportConfig();
  router.get('/reports/annual/:file', async (req, res, next) => {
    const match = /^(\w{1,8})\.(pdf|html)$/.exec(String(req.params.file));
    if (!match) return void res.status(404).json({ error: 'not found' });
    try {
      const result = await produceAnnualReport(
        deps.dataSource,
        res.locals.caller as Caller,
        { year: match[1] ?? '', format: match[2] === 'html' ? 'html' : 'pdf' },
        { chromiumPath: config.chromiumPath },
      );
      switch (result.kind) {
        case 'forbidden':
          return void res.status(403).json({ error: 'forbidden' });
        case 'rejected':
          return void res.status(400).json({ error: result.reason });
        case 'done':
          res
            .type(result.contentType)
            .set('content-disposition', `attachment; filename="${result.filename}"`)
            .set('cache-control', 'private, no-store')
            .send(result.body);
      }
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'annual report failed');
      next(err);
    }
  });
}
