import type { Caller } from '@ekst/auth';
import express from 'express';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { processApiKeySettings } from '../config';
import { revokedApiKeysSince, verifyApiKey } from '../use-cases/api-keys/verify-api-key.use-case';

const verifyBody = z.object({ key: z.string().min(1).max(200) });
const since = z.iso.datetime({ offset: true });

function isGateway(caller: Caller): boolean {
  return caller.kind === 'api-key' && caller.subject === 'gateway';
}

/**
 * Internal endpoints for the gateway (internal token, audience partners-governance):
 * - `POST /internal/api-keys/verify` `{ key }` → 200 `{ keyId, partnerId, scopes, expiresAt,
 *   trustedOperations }`, or 404 `{ reason: 'unknown' }`, or 410 `{ reason: 'expired'|'revoked' }`.
 *   A POST keeps the key out of URLs and access logs.
 * - `GET /internal/api-keys/revoked?since=` → `{ now, revoked: [{ keyId, revokedAt }] }`.
 */
export function apiKeyRoutes(router: Router, deps: { dataSource: DataSource }): void {
  router.post('/api-keys/verify', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      if (!isGateway(res.locals.caller as Caller)) {
        res.status(403).json({ error: 'only the gateway may verify API keys' });
        return;
      }
      const body = verifyBody.safeParse(req.body);
      res.setHeader('cache-control', 'no-store');
      if (!body.success) {
        res.status(404).json({ reason: 'unknown' });
        return;
      }
      const verdict = await verifyApiKey(deps.dataSource, processApiKeySettings(), body.data.key);
      switch (verdict.kind) {
        case 'valid':
          res.json({
            keyId: verdict.keyId,
            partnerId: verdict.partnerId,
            scopes: verdict.scopes,
            expiresAt: verdict.expiresAt?.toISOString() ?? null,
            trustedOperations: verdict.trustedOperations,
          });
          return;
        case 'unknown':
          res.status(404).json({ reason: 'unknown' });
          return;
        case 'expired':
        case 'revoked':
          res.status(410).json({ reason: verdict.kind });
          return;
      }
    } catch (err) {
      next(err);
    }
  });

  router.get('/api-keys/revoked', async (req, res, next) => {
    try {
      if (!isGateway(res.locals.caller as Caller)) {
        res.status(403).json({ error: 'only the gateway may read revocations' });
        return;
      }
      const from = since.safeParse(req.query.since);
      if (!from.success) {
        res.status(400).json({ error: 'expected ?since=<ISO date-time>' });
        return;
      }
      // `now` is read before the rows, so the next pull (from now minus an overlap) misses nothing.
      const [{ now }] = (await deps.dataSource.query(`SELECT now() AS now`)) as Array<{
        now: Date;
      }>;
      const revoked = await revokedApiKeysSince(deps.dataSource, new Date(from.data));
      res.setHeader('cache-control', 'no-store');
      res.json({
        now: now.toISOString(),
        revoked: revoked.map((r) => ({ keyId: r.keyId, revokedAt: r.revokedAt.toISOString() })),
      });
    } catch (err) {
      next(err);
    }
  });
}
