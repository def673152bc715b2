import type { Caller } from '@ekst/auth';
import express from 'express';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { resetSecretFor } from '../auth/password-reset-secret';
import { loadConfig } from '../config';

const bodySchema = z.object({ requestId: z.uuid() });

/**
 * `POST /internal/password-reset-token` `{ requestId }` → `{ token }` or 404 (unknown, used or
 * expired): communications asks for it at send time and puts it only into the e-mail it hands
 * to SMTP, so the secret is on no topic and in no log. Only communications' caller may ask.
 */
export function passwordResetTokenRoute(router: Router, deps: { dataSource: DataSource }): void {
  const serverKey = loadConfig().internalTokenSecret;
  router.post('/password-reset-token', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      const caller = res.locals.caller as Caller;
      if (caller.kind !== 'api-key' || caller.subject !== 'communications') {
        res.status(403).json({ error: 'only the communications service may ask' });
        return;
      }
      const body = bodySchema.safeParse(req.body);
      if (!body.success) {
        res.status(400).json({ error: 'expected { "requestId": "<uuid>" }' });
        return;
      }
      res.setHeader('cache-control', 'no-store');
      const rows = (await deps.dataSource.query(
        `SELECT id FROM password_reset WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
        [body.data.requestId],
      )) as Array<{ id: string }>;
      if (!rows[0]) res.status(404).json({ error: 'no live reset request' });
      else res.json({ token: `${rows[0].id}.${resetSecretFor(serverKey, rows[0].id)}` });
    } catch (err) {
      next(err);
    }
  });
}
