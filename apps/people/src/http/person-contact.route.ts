import type { Caller } from '@ekst/auth';
import express from 'express';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';

const bodySchema = z.object({ personId: z.uuid() });

/**
 * `POST /internal/person-contact` `{ personId }` → `{ email, displayName }` or 404: how the
 * communications service reaches an adult at send time without keeping a copy of any contact
 * detail (no address travels on Kafka). Students hold no address, and an erased person no row,
 * so both are 404. Only communications' own caller (no person) may ask; the answer is never cached.
 */
export function personContactRoute(router: Router, deps: { dataSource: DataSource }): void {
  router.post('/person-contact', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      const caller = res.locals.caller as Caller;
      if (caller.kind !== 'api-key' || caller.subject !== 'communications') {
        res.status(403).json({ error: 'only the communications service may ask for contacts' });
        return;
      }
      const body = bodySchema.safeParse(req.body);
      if (!body.success) {
        res.status(400).json({ error: 'expected { "personId": "<uuid>" }' });
        return;
      }
      res.setHeader('cache-control', 'no-store');
      const rows = (await deps.dataSource.query(
        `SELECT email, display_name FROM person WHERE id = $1 AND email IS NOT NULL`,
        [body.data.personId],
      )) as Array<{ email: string; display_name: string }>;
      const row = rows[0];
      if (!row) res.status(404).json({ error: 'no address for this person' });
      else res.json({ email: row.email, displayName: row.display_name });
    } catch (err) {
      next(err);
    }
  });
}
