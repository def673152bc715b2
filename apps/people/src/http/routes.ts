import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { processSigner } from '../auth/signer';
import { revokedSessionsSince } from '../use-cases/revoked-sessions.query';
import { passwordResetTokenRoute } from './password-reset-link.route';
import { personContactRoute } from './person-contact.route';
import { personLookupRoute } from './person-lookup.route';

/** Public keys only: what the gateway (or anyone) needs to verify this service's tokens. */
export function publicRoutes(router: Router): void {
  router.get('/.well-known/jwks.json', async (_req, res, next) => {
    try {
      res.setHeader('cache-control', 'public, max-age=300');
      res.json((await processSigner()).jwks());
    } catch (err) {
      next(err);
    }
  });
}

/** A day is far more than any access token lives, so older revocations can no longer matter. */
const MAX_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/** Behind the internal token: revoked session ids since `since` (ISO 8601), for the gateway. */
export function internalRoutes(router: Router, deps: { dataSource: DataSource }): void {
  personLookupRoute(router, deps);
  personContactRoute(router, deps);
  passwordResetTokenRoute(router, deps);
  router.get('/revoked-sessions', async (req, res, next) => {
    try {
      const raw = typeof req.query.since === 'string' ? Date.parse(req.query.since) : NaN;
      const floor = Date.now() - MAX_LOOKBACK_MS;
      const since = new Date(Number.isNaN(raw) ? floor : Math.max(raw, floor));
      res.setHeader('cache-control', 'no-store');
      res.json(await revokedSessionsSince(deps.dataSource, since));
    } catch (err) {
      next(err);
    }
  });
}
