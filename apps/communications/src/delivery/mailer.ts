import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { DeliverySettings } from '../config';

let transport: Transporter | null = null;

/** One pooled SMTP transport per process (host, port, TLS and credentials from SMTP_URL). */
export function mailer(settings: DeliverySettings): Transporter {
  if (transport) return transport;
  const url = new URL(settings.smtpUrl);
  const secure = url.protocol === 'smtps:' || url.searchParams.get('secure') === 'true';
  transport = nodemailer.createTransport(
    {
      host: url.hostname,
      port: Number(url.port || (secure ? 465 : 587)),
      secure,
      // Without implicit TLS, STARTTLS is used when the server offers it (nodemailer's default).
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      // A few reused connections instead of one SMTP handshake per e-mail (the benchmark's
      // bottleneck); a broken connection is replaced, and its sends fail and are retried.
      pool: true,
      maxConnections: 5,
      // Short timeouts: a dead server fails the attempt quickly and the queue retries it later.
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 15000,
    },
    { from: settings.mailFrom },
  );
  return transport;
}

export function closeMailer(): void {
  transport?.close();
  transport = null;
}
