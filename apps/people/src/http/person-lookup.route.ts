import type { Caller } from '@ekst/auth';
import express from 'express';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { findPersonByEmail } from '../use-cases/find-person-by-email.use-case';

const bodySchema = z.object({ email: z.string().min(3).max(254) });

/**
 * `POST /internal/person-by-email` `{ email }` → `{ id, roles, partnerId }` or 404: how the gateway
 * turns a school identity provider's verified e-mail into an EKST caller. A POST keeps the address
 * out of URLs and access logs; only the gateway's own caller (no person) may ask.
 */
export function personLookupRoute(router: Router, deps: { dataSource: DataSource }): void {
  router.post('/person-by-email', express.json({ limit: '2kb' }), async (req, res, next) => {
    try {
      const caller = res.locals.caller as Caller;
      if (caller.kind !== 'api-key' || caller.subject !== 'gateway') {
        res.status(403).json({ error: 'only the gateway may look people up' });
        return;
      }
      const body = bodySchema.safeParse(req.body);
      if (!body.success) {
        res.status(400).json({ error: 'expected { "email": "…" }' });
        return;
      }
      res.setHeader('cache-control', 'no-store');
      const person = await findPersonByEmail(deps.dataSource, body.data.email);
      if (person === null) res.status(404).json({ error: 'no such person' });
      else res.json(person);
    } catch (err) {
      next(err);
    }
  });
}
