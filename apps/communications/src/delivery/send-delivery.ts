import type { DataSource } from 'typeorm';
import type { DeliverySettings } from '../config';
import { throttleDelayMs } from '../domain/throttle';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { RESET_TOKEN_SLOT } from '../templates/templates';
import { contactOf, resetTokenOf } from './people-directory';
import { mailer } from './mailer';
import { enqueueDelivery } from './queue';

export type SendOutcome = 'SENT' | 'SKIPPED' | 'GONE' | 'THROTTLED';

/** An SMTP or lookup error as the delivery log shows it: the cause, never an address. */
export function describeFailure(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const parts = [e.code, e.responseCode ? `SMTP ${e.responseCode}` : undefined].filter(Boolean);
  const message = (e.message ?? String(err)).replace(/[^\s<>@]+@[^\s<>@]+/g, '<address>');
  return `${parts.join(' ')}${parts.length ? ': ' : ''}${message}`.slice(0, 300);
}

/**
 * One attempt at one queued e-mail: look the address up now (never stored), respect the
 * recipient's throttle, hand it to SMTP with its stable Message-ID, and record the outcome. A
 * failure is recorded (attempts, last error; DEAD after the last attempt) and rethrown so the
 * queue retries it with backoff.
 */
export async function sendDelivery(
  dataSource: DataSource,
  settings: DeliverySettings,
  deliveryId: string,
  attempt: { retryCount: number; retryLimit: number },
  now: () => Date = () => new Date(),
): Promise<SendOutcome> {
  const rows = (await dataSource.query(
    `SELECT d.id, d.recipient_id, d.category, d.template, d.source_key, d.subject, d.body_text, d.body_html, d.status, d.message_id,
            EXISTS (SELECT 1 FROM erased_person e WHERE e.id_hash = sha256(convert_to(d.recipient_id::text, 'UTF8'))) AS erased
       FROM delivery d WHERE d.id = $1`,
    [deliveryId],
  )) as Array<{
    id: string;
    recipient_id: string;
    category: string;
    template: string;
    source_key: string;
    subject: string;
    body_text: string;
    body_html: string;
    status: string;
    message_id: string;
    erased: boolean;
  }>;
  const d = rows[0];
  // Erased (rows deleted), already sent, or given up on and not retried: nothing to do.
  if (!d || d.erased || !['PENDING', 'RETRYING'].includes(d.status)) return 'GONE';
  const recent = (await dataSource.query(
    `SELECT sent_at FROM delivery WHERE recipient_id = $1 AND sent_at > $2`,
    [d.recipient_id, new Date(now().getTime() - 60_000)],
  )) as Array<{ sent_at: Date }>;
  const wait = throttleDelayMs(
    recent.map((r) => r.sent_at),
    now(),
    settings.throttlePerMinute,
    60_000,
  );
  if (wait > 0) {
    // Not a failure: the same delivery is queued again for when the window has room.
    await dataSource.transaction((m) => enqueueDelivery(settings, m, d.id, Math.ceil(wait / 1000)));
    return 'THROTTLED';
  }
  try {
    const contact = await contactOf(settings, d.recipient_id);
    if (!contact) {
      await dataSource.query(
        `UPDATE delivery SET status = 'SKIPPED', attempts = attempts + 1, updated_at = now(),
                last_error = 'no e-mail address on record' WHERE id = $1`,
        [d.id],
      );
      return 'SKIPPED';
    }
    let text = d.body_text;
    let html = d.body_html;
    if (d.template === 'PASSWORD_RESET') {
      const token = await resetTokenOf(settings, d.source_key.replace(/^reset:/, ''));
      if (!token) {
        await dataSource.query(
          `UPDATE delivery SET status = 'SKIPPED', attempts = attempts + 1, updated_at = now(),
                  last_error = 'the reset request was used or has expired' WHERE id = $1`,
          [d.id],
        );
        return 'SKIPPED';
      }
      const slot = encodeURIComponent(RESET_TOKEN_SLOT);
      const value = encodeURIComponent(token);
      text = text.split(RESET_TOKEN_SLOT).join(value).split(slot).join(value);
      html = html.split(RESET_TOKEN_SLOT).join(value).split(slot).join(value);
    }
    await mailer(settings).sendMail({
      to: contact.email,
      subject: d.subject,
      text,
      html,
      messageId: d.message_id,
      headers: unsubscribeHeaders(d.body_text),
    });
    await dataSource.query(
      `UPDATE delivery SET status = 'SENT', attempts = attempts + 1, sent_at = now(), updated_at = now()
        WHERE id = $1`,
      [d.id],
    );
    return 'SENT';
  } catch (err) {
    const last = attempt.retryCount >= attempt.retryLimit;
    await dataSource.query(
      `UPDATE delivery SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now()
        WHERE id = $1`,
      [d.id, last ? 'DEAD' : 'RETRYING', describeFailure(err)],
    );
    throw err;
  }
}
