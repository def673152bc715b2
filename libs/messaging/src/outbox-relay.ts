import { Client, Pool } from 'pg';
import type { Producer } from 'kafkajs';
import { startRemoteChildSpan } from '@ekst/telemetry';
import type { RemoteChildSpan } from '@ekst/telemetry';
import type { ServiceLogger } from './logger';
import { crashIfFaultPoint } from './fault-injection';
import type { FaultPoint } from './fault-injection';

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  envelope: unknown;
  /** W3C trace headers of the request that wrote the row (null when tracing was off) */
  trace_context: Record<string, string> | null;
}

export interface OutboxRelayOptions {
  /** an idempotent kafkajs producer (acks -1, one request in flight), connected */
  producer: Producer;
  /**
   * Replaces the producer after a failed send (disconnects the failed one, returns a new one,
   * connected). Without it the relay keeps its producer. An idempotent producer whose batch may
   * have reached the broker without its answer (the broker killed mid-request) has lost track of
   * its sequence numbers: the next drain resends those rows with more behind them, under the
   * same first sequence number, and the broker refuses every later batch of that producer with
   * OUT_OF_ORDER_SEQUENCE_NUMBER, which kafkajs does not retry — the relay would fail every drain
   * for good. A new producer gets a new producer id and starts its sequences afresh; the copies
   * that may cause on the topic are absorbed by the consumers' inbox.
   */
  renewProducer?: (failed: Producer) => Promise<Producer>;
  /** the service's database; the relay uses its own connections, apart from request traffic */
  databaseUrl: string;
  log: ServiceLogger;
  pollIntervalMs?: number;
  batchSize?: number;
  /**
   * While unsent rows are waiting (sendable or not yet: behind a running transaction), and for
   * `lingerMs` after the last rows sent, the relay looks again every `busyPollMs` without waiting
   * for a notification: writers skip the NOTIFY while unsent rows are visible
   * (`MessagingQuietNotify1732300000960`), counting on it. Defaults 10 ms and 1,000 ms.
   */
  busyPollMs?: number;
  lingerMs?: number;
  /** test-only (chaos suite): die between the send and marking the rows sent */
  faultPoint?: FaultPoint | null;
}

/**
 * Publishes committed outbox rows in order and marks them sent. Sends are strictly sequential
 * (kafkajs' idempotent producer breaks when sends overlap, kafkajs#598). A crash between the send
 * and the mark re-sends the batch on restart: at-least-once delivery, made exactly-once in effect
 * by the consumers' inbox. An advisory lock lets several instances of a service run one relay.
 */
export class OutboxRelay {
  private listener: Client | null = null;
  private pool: Pool | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private wakeAgain = false;
  private stopped = false;
  private lastError: Error | null = null;
  /** when the last drain sent rows, and whether the last empty one saw rows it could not send */
  private lastSentAt = 0;
  private pending = false;
  /** drains in a row that found nothing to send */
  private emptyLooks = 0;
  private busyTimer: NodeJS.Timeout | null = null;
  /** the producer in use; replaced after a failed send when `renewProducer` is given */
  private producer: Producer;
  /** the last send failed: renew the producer before the next one */
  private producerFailed = false;

  constructor(private readonly opts: OutboxRelayOptions) {
    this.producer = opts.producer;
  }

  /** The producer the relay sends with now (a renewed one after a failed send). */
  get currentProducer(): Producer {
    return this.producer;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.pool = new Pool({
      connectionString: this.opts.databaseUrl,
      max: 1,
      connectionTimeoutMillis: 5000,
      statement_timeout: 15000,
    });
    this.pool.on('error', (err) =>
      this.opts.log.warn({ err: err.message }, 'outbox relay connection lost'),
    );
    const listener = new Client({
      connectionString: this.opts.databaseUrl,
      connectionTimeoutMillis: 5000,
    });
    listener.on('notification', () => this.wake());
    listener.on('error', (err) => {
      this.opts.log.warn({ err: err.message }, 'outbox listener lost; polling continues');
    });
    await listener.connect();
    await listener.query('LISTEN ekst_outbox');
    this.listener = listener;
    this.timer = setInterval(() => this.wake(), this.opts.pollIntervalMs ?? 1000);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.busyTimer) clearTimeout(this.busyTimer);
    this.busyTimer = null;
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    await this.pool?.end().catch(() => undefined);
    this.listener = null;
    this.pool = null;
  }

  /** Healthy unless the last drain failed. */
  get healthy(): boolean {
    return this.lastError === null;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drainUntilEmpty().finally(() => {
      this.draining = null;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      } else if (this.busy()) {
        // Doubling while nothing is found, up to the poll interval: rows held back for long by
        // a running transaction cost a look per poll interval, not one every few ms.
        const delay = Math.min(
          (this.opts.busyPollMs ?? 10) * 2 ** Math.min(this.emptyLooks, 16),
          this.opts.pollIntervalMs ?? 1000,
        );
        this.busyTimer ??= setTimeout(() => {
          this.busyTimer = null;
          this.wake();
        }, delay);
      }
    });
  }

  /**
   * Whether to look again soon without a notification: rows are waiting, or rows went out
   * within `lingerMs` (a writer that saw them skipped its NOTIFY and may commit any moment).
   */
  private busy(): boolean {
    return (
      !this.stopped && (this.pending || Date.now() - this.lastSentAt < (this.opts.lingerMs ?? 1000))
    );
  }

  /** Waits for any drain in progress, then drains once more; for tests and shutdown. */
  async flush(): Promise<void> {
    await this.draining;
    await this.drainUntilEmpty();
  }

  private async drainUntilEmpty(): Promise<void> {
    try {
      let sent = false;
      while (!this.stopped && (await this.drainOnce()) > 0) {
        this.lastSentAt = Date.now();
        sent = true;
      }
      this.emptyLooks = sent ? 0 : this.emptyLooks + 1;
      this.lastError = null;
    } catch (err) {
      // Failing (broker or database away): back to the periodic poll, not a retry every few ms.
      this.lastSentAt = 0;
      this.pending = false;
      this.lastError = err as Error;
      this.opts.log.error({ err: (err as Error).message }, 'outbox relay failed; will retry');
    }
  }

  /** Publishes one batch; returns how many rows it sent. */
  async drainOnce(): Promise<number> {
    if (!this.pool) throw new Error('outbox relay not started');
    const batchSize = this.opts.batchSize ?? 200;
    const client = await this.pool.connect();
    // A checked-out client has no error listener of the pool's: a backend terminated while the
    // batch is on its way to Kafka (no query running) would emit an unhandled 'error' and crash
    // the service (found by the chaos suite). Listen, and destroy the client instead of reusing it.
    let broken: Error | undefined;
    const onLost = (err: Error) => {
      broken = err;
      this.opts.log.warn({ err: err.message }, 'outbox relay connection lost during a drain');
    };
    client.on('error', onLost);
    try {
      await client.query('BEGIN');
      const { rows: lock } = await client.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_xact_lock(hashtext('ekst_outbox_relay')) AS locked`,
      );
      if (!lock[0].locked) {
        // Another instance is relaying: it is the one to keep looking.
        this.pending = false;
        await client.query('ROLLBACK');
        return 0;
      }
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, topic, message_key, event_type, envelope, trace_context FROM outbox
         WHERE sent_at IS NULL AND xid < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY xid, id LIMIT $1`,
        [batchSize],
      );
      if (rows.length === 0) {
        // Rows committed behind a still-running transaction cannot go yet; their writers may
        // have skipped the NOTIFY (they saw them), so keep looking until they can.
        const { rows: waiting } = await client.query<{ pending: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM outbox WHERE sent_at IS NULL) AS pending`,
        );
        this.pending = waiting[0].pending;
        await client.query('ROLLBACK');
        return 0;
      }
      this.pending = false;
      const byTopic = new Map<
        string,
        Array<{ key: string; value: string; headers: Record<string, string> }>
      >();
      // One producer span per row, child of the request that wrote it; its traceparent goes on
      // the Kafka message, where the consumers pick the trace up.
      const spans: RemoteChildSpan[] = [];
      for (const row of rows) {
        const span = startRemoteChildSpan(row.trace_context, `${row.topic} publish`, 'producer', {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'send',
          'messaging.destination.name': row.topic,
          'messaging.message.id': (row.envelope as { id?: string }).id ?? '',
          'ekst.event_type': row.event_type,
        });
        spans.push(span);
        const messages = byTopic.get(row.topic) ?? [];
        messages.push({
          key: row.message_key,
          value: JSON.stringify(row.envelope),
          headers: { 'event-type': row.event_type, ...span.headers },
        });
        byTopic.set(row.topic, messages);
      }
      try {
        if (this.producerFailed && this.opts.renewProducer) {
          this.producer = await this.opts.renewProducer(this.producer);
          this.producerFailed = false;
          this.opts.log.warn({}, 'outbox relay producer renewed after a failed send');
        }
        await this.producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        });
      } catch (err) {
        this.producerFailed = true;
        for (const span of spans) span.end(err);
        throw err;
      }
      for (const span of spans) span.end();
      crashIfFaultPoint(this.opts.faultPoint, 'relay-after-send', this.opts.log, {
        count: rows.length,
        eventIds: rows.map((r) => (r.envelope as { id?: string }).id),
      });
      await client.query(`UPDATE outbox SET sent_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      await client.query('COMMIT');
      this.opts.log.debug({ count: rows.length }, 'outbox relayed');
      return rows.length;
    } catch (err) {
      broken ??= err as Error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.removeListener('error', onLost);
      // With an error the pool destroys the client; the next drain connects afresh.
      client.release(broken);
    }
  }
}
