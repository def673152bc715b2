/**
 * Notification throughput: domain events in → e-mails accepted by SMTP, on the real process stack
 * (gateway, six subgraphs, Postgres, Kafka, and a MailDev SMTP server).
 *
 *   node -r @swc-node/register tools/bench/notifications.ts [--events 500] [--adults 20]
 *
 * Registers `--adults` teachers at one partner through the gateway, waits until communications
 * has projected them, then publishes `--events` PlaceOffered events on the events topic at once
 * (each to one adult, round robin; `occurredAt` stamped as it is sent, standing in for the
 * commit of the domain event). Each one is an in-app notification and an e-mail. It waits until
 * every e-mail has reached the SMTP server and prints throughput (e-mails accepted per second,
 * from the first event sent to the last e-mail accepted) and the p50/p95/p99 delay from an
 * event's `occurredAt` to its e-mail's acceptance (MailDev's receive time), matched through the
 * delivery log (event id → Message-ID). Checks: one e-mail per event, none twice. Exit 1 if not.
 *
 * Uses the e2e port offset 1600 (ports 56xx, SMTP 5625, web 5680): do not run it beside
 * apps/e2e/test/communications.e2e-spec.ts. Drops everything it created at the end.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEnvelope, EventEvents } from '@ekst/contracts';
import type { Envelope } from '@ekst/contracts';
import { devUserToken, gql, KafkaTestBus, retryUntil, TestStack } from '@ekst/testing';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const EVENTS = arg('events', 500);
const ADULTS = arg('adults', 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Mail {
  time: string;
  headers: Record<string, string>;
}

async function main(): Promise<void> {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('bench-notifications', 1600, {
    // the bench measures the pipeline, not the per-recipient throttle
    EMAIL_THROTTLE_PER_MINUTE: '10000',
    LOG_LEVEL: 'warn',
  });
  const bus = new KafkaTestBus(stack.opts.topicPrefix);
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const c = new Client({ connectionString: stack.databaseUrlOf('communications') });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  };
  let failed = false;
  try {
    await stack.start();
    await bus.start();
    const coordinator = await devUserToken({ sub: randomUUID(), roles: ['COORDINATOR'] });
    const partner = await gql<{ createPartner: { partner: { id: string } } }>(
      stack.gatewayUrl,
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
      { input: { name: `Bench School ${run}`, kind: 'STATE', town: 'Canterbury' } },
    );
    const partnerId = partner.data!.createPartner.partner.id;
    const adults: string[] = [];
    for (let i = 0; i < ADULTS; i += 1) {
      adults.push(
        await retryUntil(
          async () => {
            const r = await gql<{ registerPerson: { person: { id: string } | null } }>(
              stack.gatewayUrl,
              coordinator,
              `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`,
              {
                input: {
                  partnerId,
                  displayName: `Bench Teacher ${i}`,
                  roles: ['TEACHER'],
                  email: `bench.teacher.${i}.${run}@schools.example`,
                },
              },
            );
            return r.data?.registerPerson.person?.id ?? null;
            // set-up, not measured: people may take a while to hear of the new partner
          },
          'register a teacher',
          { timeoutMs: 120_000 },
        ),
      );
    }
    await retryUntil(
      async () =>
        (await sql(`SELECT 1 FROM person_projection WHERE id = ANY($1)`, [adults])).length ===
          ADULTS || null,
      'communications knows the teachers',
      { timeoutMs: 60_000 },
    );

    const eventId = randomUUID();
    const envelopes: Envelope[] = [];
    for (let i = 0; i < EVENTS; i += 1) {
      envelopes.push(
        createEnvelope({
          type: EventEvents.placeOffered.type,
          version: EventEvents.placeOffered.version,
          aggregateId: eventId,
          producer: 'events',
          payload: {
            registrationId: randomUUID(),
            eventId,
            personId: adults[i % ADULTS],
            confirmBy: new Date(Date.now() + 86_400_000).toISOString(),
          },
        }),
      );
    }
    // one batch, as an outbox relay sends them; occurredAt is when it is handed to Kafka
    const sentAt = new Date();
    for (const e of envelopes) e.occurredAt = sentAt.toISOString();
    await bus.sendMany('events', envelopes);

    const mailsOf = async (): Promise<Mail[]> =>
      (await (await fetch(`${stack.mailWebUrl}/api/email`)).json()) as Mail[];
    const mails = await retryUntil(
      async () => {
        const m = await mailsOf();
        return m.length >= EVENTS ? m : null;
      },
      `${EVENTS} e-mails accepted`,
      { timeoutMs: 15 * 60_000 },
    );
    await new Promise((r) => setTimeout(r, 3000));
    const all = await mailsOf();
    const byMessageId = new Map(all.map((m) => [m.headers['message-id'], m]));
    const log = await sql<{ source_key: string; message_id: string; attempts: number }>(
      `SELECT source_key, message_id, attempts FROM delivery`,
    );
    const occurred = new Map(envelopes.map((e) => [e.id, Date.parse(e.occurredAt)]));
    const delays = log
      .filter((d) => occurred.has(d.source_key) && byMessageId.has(d.message_id))
      .map((d) => Date.parse(byMessageId.get(d.message_id)!.time) - occurred.get(d.source_key)!)
      .sort((a, b) => a - b);
    const last = Math.max(...all.map((m) => Date.parse(m.time)));
    const seconds = (last - sentAt.getTime()) / 1000;
    const duplicates = all.length - byMessageId.size;
    console.log(
      JSON.stringify(
        {
          events: EVENTS,
          adults: ADULTS,
          emailsAccepted: all.length,
          duplicates,
          seconds: Math.round(seconds * 10) / 10,
          emailsPerSecond: Math.round((mails.length / seconds) * 10) / 10,
          delayMs: {
            p50: percentile(delays, 50),
            p95: percentile(delays, 95),
            p99: percentile(delays, 99),
            max: delays.at(-1),
          },
          retried: log.filter((d) => d.attempts > 1).length,
        },
        null,
        2,
      ),
    );
    if (all.length !== EVENTS || duplicates !== 0 || delays.length !== EVENTS) {
      console.error('check failed: expected one e-mail per event and none twice');
      failed = true;
    }
  } finally {
    await bus.stop();
    await stack.dispose();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
