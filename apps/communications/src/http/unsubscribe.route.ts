import express from 'express';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { deliverySettings } from '../config';
import { verifyUnsubscribeToken } from '../domain/unsubscribe-token';

const TOKEN = /^[A-Za-z0-9_-]{10,200}\.[A-Za-z0-9_-]{43}$/;

/**
 * RFC 8058 one-click unsubscribe, behind the gateway (`/unsubscribe/<token>` there): a POST (what
 * a mail client sends for `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, or the page's
 * button) turns that category to IN_APP_ONLY for the person the signed token names. A GET only
 * shows the button, so link scanners that follow links change nothing.
 */
export function unsubscribeRoutes(router: Router, deps: { dataSource: DataSource }): void {
  router.get('/unsubscribe/:token', (req, res) => {
    const token = String(req.params.token);
    const v = TOKEN.test(token)
      ? verifyUnsubscribeToken(deliverySettings().unsubscribeSecret, token)
      : null;
    res.setHeader('cache-control', 'no-store');
    if (!v) return void res.status(404).type('text/plain').send('This link is not valid.');
    res
      .type('text/html')
      .send(
        `<!doctype html><meta charset="utf-8"><title>Unsubscribe</title>` +
          `<form method="post"><p>Stop e-mails about ${v.category.toLowerCase().replace('_', ' ')}? You will still see them in the app.</p>` +
          `<input type="hidden" name="List-Unsubscribe" value="One-Click"><button>Unsubscribe</button></form>`,
      );
  });
  router.post(
    '/unsubscribe/:token',
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (req, res, next) => {
      try {
        const token = String(req.params.token);
        const v = TOKEN.test(token)
          ? verifyUnsubscribeToken(deliverySettings().unsubscribeSecret, token)
          : null;
        res.setHeader('cache-control', 'no-store');
        if (!v) return void res.status(404).type('text/plain').send('This link is not valid.');
        await deps.dataSource.query(
          `INSERT INTO notification_preference (person_id, category, mode, updated_at)
           SELECT $1, $2, 'IN_APP_ONLY', now() WHERE NOT EXISTS (SELECT 1 FROM erased_person WHERE id_hash = sha256(convert_to($1::uuid::text, 'UTF8')))
           ON CONFLICT (person_id, category) DO UPDATE SET mode = 'IN_APP_ONLY', updated_at = now()`,
          [v.personId, v.category],
        );
        res.type('text/plain').send('Unsubscribed: you will see these in the app only.');
      } catch (err) {
        next(err);
      }
    },
  );
}
