import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DeliverySettings } from '../config';
import type { DeliveryMode } from '../domain/categories';
import { allowsUnsubscribe, channelsFor } from '../domain/categories';
import { signUnsubscribeToken } from '../domain/unsubscribe-token';
import { enqueueDelivery } from '../delivery/queue';
import { renderEmail } from '../templates/render-email';
import type { RenderedEmail } from '../templates/render-email';
import type { TemplateInput } from '../templates/templates';
import { messageFor } from '../templates/templates';

export interface Recipient {
  personId: string;
  /** the person the message is about, when it is not the recipient (a champion told of a student) */
  aboutPersonId?: string | null;
}

export interface NotifyResult {
  inApp: number;
  emails: number;
}

const UNSUBSCRIBE_SLOT = 'https://unsubscribe.invalid/slot';

function withUnsubscribe(t: RenderedEmail, url: string | null): RenderedEmail {
  if (!url) return t;
  return {
    ...t,
    text: t.text.split(UNSUBSCRIBE_SLOT).join(url),
    html: t.html.split(UNSUBSCRIBE_SLOT).join(url),
  };
}

/** The domain's name for a message's mail id: stable per delivery, so retries keep it. */
export function messageIdOf(deliveryId: string): string {
  return `<${deliveryId}@communications.ekst>`;
}

/**
 * Tells each recipient once, in the caller's transaction (an inbox handler's, a job's, a use
 * case's): an in-app notification for everyone, and for adults who want it an e-mail, rendered
 * now and queued for sending with its job in the same transaction. The identity of each message
 * is (source, recipient, template): a unique constraint makes a second attempt a no-op, so a
 * redelivered event never notifies twice. Erased people are told nothing, ever again.
 */
export async function notify(
  manager: EntityManager,
  settings: DeliverySettings,
  args: {
    sourceKey: string;
    input: TemplateInput;
    recipients: Recipient[];
    /** false: e-mail only (a password reset is useless in an app one cannot sign in to) */
    inApp?: boolean;
  },
): Promise<NotifyResult> {
  const unique = new Map(args.recipients.map((r) => [`${r.personId}`, r]));
  const ids = [...unique.keys()];
  if (ids.length === 0) return { inApp: 0, emails: 0 };
  const message = messageFor(args.input);
  const about = [...unique.values()].map((r) => r.aboutPersonId).filter((x): x is string => !!x);
  const erased = new Set(
    (
      (await manager.query(
        `SELECT x::text AS id FROM unnest($1::uuid[]) AS x
          WHERE EXISTS (SELECT 1 FROM erased_person e WHERE e.id_hash = sha256(convert_to(x::text, 'UTF8')))`,
        [[...ids, ...about]],
      )) as Array<{ id: string }>
    ).map((r) => r.id),
  );
  const people = new Map(
    (
      (await manager.query(
        `SELECT id, is_student FROM person_projection WHERE id = ANY($1::uuid[])`,
        [ids],
      )) as Array<{ id: string; is_student: boolean }>
    ).map((r) => [r.id, r.is_student]),
  );
  const prefs = new Map(
    (
      (await manager.query(
        `SELECT person_id, mode FROM notification_preference WHERE person_id = ANY($1::uuid[]) AND category = $2`,
        [ids, message.category],
      )) as Array<{ person_id: string; mode: DeliveryMode }>
    ).map((r) => [r.person_id, r.mode]),
  );
  const link = `${settings.publicUrl}${message.linkPath}`;
  // Rendered once per message (MJML takes milliseconds); only the unsubscribe link differs.
  let template: RenderedEmail | null = null;
  let inApp = 0;
  let emails = 0;
  for (const r of unique.values()) {
    if (erased.has(r.personId) || (r.aboutPersonId && erased.has(r.aboutPersonId))) continue;
    // Not yet heard of (PersonRegistered may still be on its way): treat as an adult; people
    // answers "no address" for a student at send time, and the e-mail is marked SKIPPED.
    const channels = channelsFor(
      { isStudent: people.get(r.personId) ?? false },
      message.category,
      prefs.get(r.personId),
    );
    if (channels.inApp && args.inApp !== false) {
      const rows = (await manager.query(
        `INSERT INTO notification (recipient_id, about_person_id, category, template, source_key, subject, body, link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT notification_once DO NOTHING RETURNING id`,
        [
          r.personId,
          r.aboutPersonId ?? null,
          message.category,
          args.input.template,
          args.sourceKey,
          message.subject,
          message.text,
          link,
        ],
      )) as unknown[];
      inApp += rows.length;
    }
    if (channels.email) {
      const unsubscribe = allowsUnsubscribe(message.category)
        ? `${settings.publicUrl}/unsubscribe/${signUnsubscribeToken(settings.unsubscribeSecret, r.personId, message.category)}`
        : null;
      template ??= await renderEmail(message, link, unsubscribe ? UNSUBSCRIBE_SLOT : null);
      const email = withUnsubscribe(template, unsubscribe);
      const id = randomUUID();
      const rows = (await manager.query(
        `INSERT INTO delivery (id, recipient_id, about_person_id, category, template, source_key,
                               subject, body_text, body_html, status, message_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING RETURNING id`,
        [
          id,
          r.personId,
          r.aboutPersonId ?? null,
          message.category,
          args.input.template,
          args.sourceKey,
          email.subject,
          email.text,
          email.html,
          channels.email === 'NOW' ? 'PENDING' : 'DIGEST',
          messageIdOf(id),
        ],
      )) as unknown[];
      if (rows.length > 0 && channels.email === 'NOW') {
        await enqueueDelivery(settings, manager, id);
        emails += 1;
      }
    }
  }
  return { inApp, emails };
}
