import { envelopeSchema } from '@ekst/contracts';
import type { Envelope, EventDefinition } from '@ekst/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { startRemoteChildSpan } from '@ekst/telemetry';
import { recordDeadLetter } from './dead-letters';
import type { z } from 'zod';
import { backoffMs, classifyFailure } from './failure';
import type { FailureKind } from './failure';
import { CONSUMER_RETRY, FETCH_MAX_WAIT_MS } from './kafka';
import type { ServiceLogger } from './logger';
import { crashIfFaultPoint } from './fault-injection';
import type { FaultPoint } from './fault-injection';
import { bindTx } from './unit-of-work';
import type { Tx, TxBinding } from './unit-of-work';

export interface EventHandler {
  readonly definition: EventDefinition;
  handle(tx: Tx, payload: unknown, envelope: Envelope<unknown>): Promise<void>;
}

/**
 * Binds a handler to a contract so the payload it receives is already validated and typed. The
 * handler gets the same `Tx` as a use case (manager, bound outbox, clock, config), so it can
 * write domain events of its own in the inbox transaction.
 */
export function defineHandler<T extends z.ZodType, Config = unknown>(
  definition: EventDefinition<T>,
  handle: (tx: Tx<Config>, payload: z.infer<T>, envelope: Envelope<z.infer<T>>) => Promise<void>,
): EventHandler {
  return {
    definition,
    handle: (tx, payload, envelope) =>
      handle(tx as Tx<Config>, payload as z.infer<T>, envelope as Envelope<z.infer<T>>),
  };
}

/**
 * The one path an inbound event takes into a service, inside the caller's transaction: its id
 * goes into `inbox` and the handler runs, or — when the id is already there — nothing happens.
 * Returns false for a duplicate. Used by the consumer and by the dead-letter redrive alike.
 */
export async function applyInboundEvent(
  m: EntityManager,
  tx: TxBinding,
  topic: string,
  envelope: Envelope<unknown>,
  handler: EventHandler,
  payload: unknown,
): Promise<boolean> {
  const inserted = (await m.query(
    `INSERT INTO inbox (event_id, event_type, topic) VALUES ($1, $2, $3)
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [envelope.id, envelope.type, topic],
  )) as unknown[];
  if (inserted.length === 0) return false;
  await handler.handle(bindTx(m, tx), payload, envelope);
  return true;
}

/** The message being processed, where it came from, and the heartbeat of its batch. */
interface MessageSource {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat: () => Promise<void>;
}

/** What the dead-letter record keeps of the event, when the message got far enough to say. */
interface DeadLetterEvent {
  id: string;
  type: string;
  version: number;
}

export interface InboxConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  dataSource: DataSource;
  handlers: EventHandler[];
  /** binds each inbox transaction into the `Tx` handlers receive */
  tx: TxBinding;
  deadLetterTopic: string;
  log: ServiceLogger;
  /** attempts for a failure of unknown kind before it is dead-lettered (default 5) */
  maxAttempts?: number;
  /** first retry delay; later ones back off exponentially with jitter (default 200 ms) */
  retryBaseMs?: number;
  /** longest wait between two retries of a transient failure (default 5 s) */
  retryCapMs?: number;
  /** a transient failure lasting longer than this raises the alarm (logged once; default 60 s) */
  alarmAfterMs?: number;
  /**
   * `lock_timeout` of each inbox transaction (default two thirds of the pool's
   * `statement_timeout`: 10 s of 15 s). It must be shorter than the statement timeout: a handler
   * waiting on a lock then fails with 55P03 (lock not available, transient: held and retried for
   * as long as it takes) rather than 57014 (statement timeout, unknown: dead-lettered after
   * `maxAttempts`).
   */
  lockTimeoutMs?: number;
  /** partitions of one fetch applied in parallel (default 3) */
  partitionsConsumedConcurrently?: number;
  /**
   * Most events of one partition applied in one inbox transaction (default 50; 1 applies each in
   * its own). Each event runs in a savepoint of its own, so a failing one is rolled back alone;
   * kept under 64 so the transaction's subtransaction ids stay in PostgreSQL's per-backend cache
   * (past it, every snapshot in the database has to look them up in pg_subtrans).
   */
  maxEventsPerTransaction?: number;
  /** test-only (chaos suite): die between an inbox transaction's commit and its offset commit */
  faultPoint?: FaultPoint | null;
}

/** Two thirds of the pool's `statement_timeout` (createServiceDataSource sets it), else 10 s. */
function defaultLockTimeoutMs({ dataSource }: InboxConsumerOptions): number {
  const extra = (dataSource.options as { extra?: { statement_timeout?: unknown } }).extra;
  const statement = Number(extra?.statement_timeout);
  return Number.isFinite(statement) && statement > 0 ? (statement * 2) / 3 : 10_000;
}

/** A partition held by a failing message: paused, rewound to it, resumed after a backoff. */
interface Hold {
  offset: string;
  since: number;
  transientAttempts: number;
  unknownFailures: number;
  alarmed: boolean;
  timer: NodeJS.Timeout | null;
}

/** What processing one message came to. */
type Outcome = 'done' | { kind: 'transient' | 'unknown'; reason: string };

/** A message checked against its contract, before any database work. */
type Checked =
  | { kind: 'apply'; envelope: Envelope<unknown>; handler: EventHandler; payload: unknown }
  /** not an event this service handles: passed over */
  | { kind: 'skip' }
  /** malformed, or breaks its contract: dead-lettered */
  | { kind: 'reject'; envelope: Envelope<unknown> | null; reason: string };

/** What one inbox transaction over several messages of a partition came to, once committed. */
interface RunResult {
  /** how many messages at the start of the run are settled (applied, duplicates or skipped) */
  settled: number;
  /** the last of them applied (not a duplicate), for the fault point */
  lastApplied: { eventId: string; offset: string } | null;
  /** the handler's error of the message right after them; its savepoint was rolled back */
  failure: { error: unknown } | null;
}

/** How long a stop waits for the offsets applied so far to be committed. */
const SHUTDOWN_COMMIT_MS = 5000;

/** Time after which a run of events in one inbox transaction takes no more (heartbeat). */
const RUN_BUDGET_MS = 1000;

/** Why the consumer gave up on the current message without committing it (stop or rebalance). */
class Interrupted extends Error {}

/**
 * Applies other services' events exactly once in effect: the event id is inserted into `inbox` in
 * the same transaction as the handler's changes, so a redelivered event is a no-op. Offsets are
 * committed only after that transaction commits.
 *
 * Failures are told apart (`classifyFailure`): a poison message (malformed, breaks its contract,
 * or a handler's `PoisonMessageError`) goes to the dead-letter topic at once — and is recorded in
 * the service's `dead_letter` table, for `redriveDeadLetters` — and the partition moves on; a
 * transient one (database or network down, serialization failure, deadlock, lock timeout) holds
 * its partition — paused, rewound to the failed message, resumed after a capped exponential
 * backoff with jitter — for as long as it takes (an alarm is logged once it lasts past
 * `alarmAfterMs`, nothing is dropped). A held partition costs nothing while it waits: the handler
 * returns at once, so kafkajs keeps fetching and the other partitions keep flowing. A failure of
 * unknown kind is held the same way `maxAttempts` times, then dead-lettered. Order per key holds:
 * a partition never skips past a message it has not applied or dead-lettered, because the rest of
 * its batch is dropped and fetched again from the held message.
 */
export class InboxConsumer {
  private consumer: Consumer | null = null;
  private dlqProducer: Producer | null = null;
  private running = false;
  private stopping = false;
  private rebuildTimer: NodeJS.Timeout | null = null;
  /** messages being applied and committed, which `stop()` lets finish */
  private readonly inFlight = new Set<Promise<void>>();
  /** partitions (`topic/partition`) held by a failing message */
  private readonly holds = new Map<string, Hold>();

  private readonly lockTimeoutMs: number;

  constructor(private readonly opts: InboxConsumerOptions) {
    this.lockTimeoutMs = Math.max(1, Math.floor(opts.lockTimeoutMs ?? defaultLockTimeoutMs(opts)));
  }

  get healthy(): boolean {
    return this.running;
  }

  /** Partitions currently held by a transient failure, with how long (for health and alarms). */
  stuckPartitions(now = Date.now()): Array<{ partition: string; forMs: number }> {
    return [...this.holds]
      .filter(([, hold]) => hold.transientAttempts > 0)
      .map(([partition, hold]) => ({ partition, forMs: now - hold.since }));
  }

  async start(): Promise<void> {
    this.dlqProducer = this.opts.kafka.producer({ allowAutoTopicCreation: false });
    await this.dlqProducer.connect();
    this.stopping = false;
    await this.startConsumer();
  }

  private async startConsumer(): Promise<void> {
    const { kafka, groupId } = this.opts;
    // Short session timeout: a crashed instance's partitions are reassigned within seconds.
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: 10000,
      rebalanceTimeout: 10000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
      allowAutoTopicCreation: false,
      retry: { ...CONSUMER_RETRY },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.running = false;
      this.opts.log.error(
        { err: payload.error.message, restart: payload.restart },
        'consumer crashed',
      );
      if (!payload.restart && !this.stopping && this.consumer === consumer)
        this.rebuildLater(consumer, 1);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.running = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.opts.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently ?? 3,
      // Offsets are resolved here, message by message, as each is settled: a batch left part-way
      // (a hold, a stop) is fetched again from the first message not settled.
      eachBatchAutoResolve: false,
      eachBatch: async (payload) => {
        // Stopping: the batch is left unapplied and uncommitted, for whoever reads next.
        if (this.stopping) return;
        const work = this.consumeBatch(consumer, payload);
        this.inFlight.add(work);
        try {
          await work;
        } finally {
          this.inFlight.delete(work);
        }
      },
    });
  }

  /**
   * Applies one partition's fetched messages in order, up to `maxEventsPerTransaction` of them in
   * one inbox transaction: one commit (one WAL flush) for many events instead of one each, which
   * is what limited the consumer (tools/bench/README.md, "pipeline"). Every event still has its
   * own savepoint, so the outcome of each is what it would be alone:
   *
   * - a handler that fails rolls back to its savepoint; the events before it commit and their
   *   offset is marked, then the failure is settled as for one message: a poison one (or an
   *   unknown one out of attempts) is dead-lettered and the partition goes on after it; a
   *   transient or unknown one holds the partition at that message (`hold`);
   * - a message that is malformed or breaks its contract ends the run before it and is
   *   dead-lettered on its own (`consume`);
   * - a transaction that fails as a whole (its BEGIN, a savepoint, its COMMIT: the connection
   *   lost, the database away) applied nothing: the first message is then taken alone
   *   (`consume`), which classifies that failure exactly as before (held if transient).
   *
   * Order per key holds: nothing is marked past a message not yet applied or dead-lettered, and
   * a hold drops the rest of the batch (kafkajs fetches again from the held message).
   */
  private async consumeBatch(consumer: Consumer, payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale } = payload;
    const { topic, partition, messages } = batch;
    const where = `${topic}/${partition}`;
    const most = Math.max(1, this.opts.maxEventsPerTransaction ?? 50);
    let next = 0;
    const settledUpTo = (message: KafkaMessage) => {
      this.release(where);
      this.commitLater(consumer, topic, partition, (BigInt(message.offset) + 1n).toString());
    };
    while (next < messages.length) {
      if (this.stopping || !isRunning() || isStale() || this.consumer !== consumer) return;
      const run: Array<{ message: KafkaMessage; checked: Checked }> = [];
      for (let i = next; i < messages.length && run.length < most; i += 1) {
        const checked = this.check(messages[i]);
        if (checked.kind === 'reject') break;
        run.push({ message: messages[i], checked });
      }
      let result: RunResult | null = null;
      if (run.length > 0) {
        try {
          result = await this.applyRun(topic, partition, run);
        } catch (err) {
          // The transaction failed as a whole and applied nothing: the first message alone.
          this.opts.log.warn(
            {
              partition: where,
              offset: messages[next].offset,
              events: run.length,
              err: err instanceof Error ? err.message : String(err),
            },
            'inbox transaction over several events failed as a whole; applying the first alone',
          );
          result = null;
        }
      }
      if (!result || result.settled === 0) {
        if (!result || !result.failure) {
          // A message that breaks its contract, or a run that failed as a whole: one message
          // through the single-message path, which dead-letters or holds it as it always has.
          const message = messages[next];
          if (!(await this.consume(consumer, topic, partition, message, heartbeat))) return;
          resolveOffset(message.offset);
          next += 1;
          await heartbeat();
          continue;
        }
      } else {
        for (let k = 0; k < result.settled; k += 1) resolveOffset(run[k].message.offset);
        const last = run[result.settled - 1].message;
        settledUpTo(last);
        if (result.lastApplied)
          crashIfFaultPoint(this.opts.faultPoint, 'consumer-after-commit', this.opts.log, {
            eventId: result.lastApplied.eventId,
            topic,
            partition,
            offset: result.lastApplied.offset,
          });
        next += result.settled;
      }
      if (result.failure) {
        const { message, checked } = run[result.settled];
        const envelope = checked.kind === 'apply' ? checked.envelope : null;
        const outcome = await this.settleFailure(
          { topic, partition, message, heartbeat },
          envelope,
          result.failure.error,
        );
        if (outcome !== 'done') {
          this.hold(consumer, topic, partition, message.offset, outcome);
          return;
        }
        resolveOffset(message.offset);
        settledUpTo(message);
        next += 1;
      }
      await heartbeat();
    }
  }

  /**
   * One inbox transaction over a run of a partition's messages, each in a savepoint of its own
   * (with the consumer's lock_timeout set again, as a handler may have changed it). Stops at the
   * first handler that fails: its savepoint is rolled back and the ones before it commit. Throws
   * when the transaction fails as a whole; then nothing of it was applied.
   */
  private async applyRun(
    topic: string,
    partition: number,
    run: Array<{ message: KafkaMessage; checked: Checked }>,
  ): Promise<RunResult> {
    if (run.every(({ checked }) => checked.kind === 'skip'))
      return { settled: run.length, lastApplied: null, failure: null };
    return this.opts.dataSource.transaction(async (m) => {
      const result: RunResult = { settled: 0, lastApplied: null, failure: null };
      // A savepoint is released only when the next one is taken, in the same round trip;
      // COMMIT releases the last. lockTimeoutMs is an integer of ours, not input.
      let open = false;
      const started = Date.now();
      for (const { message, checked } of run) {
        // kafkajs heartbeats between runs only: a run of slow handlers ends early, so a run never
        // keeps the heartbeat waiting much longer than one event does on its own.
        if (result.settled > 0 && Date.now() - started >= RUN_BUDGET_MS) break;
        if (checked.kind !== 'apply') {
          result.settled += 1;
          continue;
        }
        await m.query(
          `${open ? 'RELEASE SAVEPOINT ekst_inbox_event; ' : ''}SAVEPOINT ekst_inbox_event; ` +
            `SELECT set_config('lock_timeout', '${this.lockTimeoutMs}ms', true)`,
        );
        open = true;
        const span = this.startSpan(topic, partition, message, checked.envelope);
        try {
          const inserted = await span.run(() =>
            applyInboundEvent(
              m,
              this.opts.tx,
              topic,
              checked.envelope,
              checked.handler,
              checked.payload,
            ),
          );
          span.end();
          if (inserted)
            result.lastApplied = { eventId: checked.envelope.id, offset: message.offset };
          result.settled += 1;
        } catch (error) {
          span.end(error);
          await m.query(`ROLLBACK TO SAVEPOINT ekst_inbox_event`);
          result.failure = { error };
          break;
        }
      }
      return result;
    });
  }

  /** One message in a transaction of its own; false when it holds its partition. */
  private async consume(
    consumer: Consumer,
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<boolean> {
    const outcome = await this.process(topic, partition, message, heartbeat);
    if (outcome !== 'done') {
      this.hold(consumer, topic, partition, message.offset, outcome);
      return false;
    }
    this.release(`${topic}/${partition}`);
    this.commitLater(consumer, topic, partition, (BigInt(message.offset) + 1n).toString());
    return true;
  }

  /**
   * Offsets applied (their inbox transaction committed) but not yet committed to Kafka, per
   * `topic/partition`; the latest wins, since a partition's messages are applied in order.
   */
  private readonly toCommit = new Map<
    string,
    { topic: string; partition: number; offset: string }
  >();
  /** the one OffsetCommit request on its way (null when none) */
  private committing: Promise<void> | null = null;

  /**
   * Commits the offset after the message's inbox transaction, without the next message waiting
   * for the broker's answer: one OffsetCommit at a time carries every partition's latest applied
   * offset (under a burst, one request for many messages instead of one round trip each). Only
   * applied messages are ever marked, so the committed offset never passes an unapplied one; an
   * offset not yet committed when the process dies is redelivered, and the inbox makes that a no-op.
   */
  private commitLater(consumer: Consumer, topic: string, partition: number, offset: string): void {
    this.toCommit.set(`${topic}/${partition}`, { topic, partition, offset });
    if (this.committing) return;
    this.committing = (async () => {
      while (this.toCommit.size > 0 && this.consumer === consumer) {
        const offsets = [...this.toCommit.values()];
        this.toCommit.clear();
        try {
          await consumer.commitOffsets(offsets);
        } catch (err) {
          // Not committed (a rebalance, the broker away): the messages may be redelivered, and
          // the inbox absorbs them. Keep them for the next commit unless newer ones replaced them.
          for (const o of offsets)
            if (!this.toCommit.has(`${o.topic}/${o.partition}`))
              this.toCommit.set(`${o.topic}/${o.partition}`, o);
          this.opts.log.warn(
            { err: err instanceof Error ? err.message : String(err) },
            'offset commit failed; the next one carries it',
          );
          break;
        }
      }
    })().finally(() => {
      this.committing = null;
    });
  }

  /** Waits for offsets applied so far to be committed (one more attempt for any that failed). */
  private async flushCommits(consumer: Consumer): Promise<void> {
    // Bounded: with the broker away, kafkajs retries a commit for as long as CONSUMER_RETRY
    // allows (over a minute), and a stop must not wait for that. What is not committed by then
    // is redelivered to the successor, a no-op in its inbox.
    const until = Date.now() + SHUTDOWN_COMMIT_MS;
    const bounded = (work: Promise<unknown>) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), Math.max(0, until - Date.now()));
      });
      return Promise.race([work.then(() => 'done' as const), timeout]).finally(() =>
        clearTimeout(timer),
      );
    };
    const gaveUp = () =>
      this.opts.log.warn(
        { waitedMs: SHUTDOWN_COMMIT_MS },
        'offset commit at shutdown did not finish in time; those messages will be redelivered (no-ops)',
      );
    if (this.committing && (await bounded(this.committing)) === 'timeout') return gaveUp();
    if (this.toCommit.size === 0) return;
    const offsets = [...this.toCommit.values()];
    this.toCommit.clear();
    const committed = consumer
      .commitOffsets(offsets)
      .catch((err: unknown) =>
        this.opts.log.warn(
          { err: err instanceof Error ? err.message : String(err) },
          'offset commit at shutdown failed; those messages will be redelivered (no-ops)',
        ),
      );
    if ((await bounded(committed)) === 'timeout') gaveUp();
  }

  /**
   * kafkajs restarts its consumer after a retriable crash, but gives up for good on some errors a
   * broker restart causes: "The coordinator is not aware of this member" (UNKNOWN_MEMBER_ID) once
   * the restarted broker has forgotten the group's members (the chaos suite's broker kill left
   * every service's consumer dead that way). A consumer kafkajs will not restart is replaced by a
   * new one in the same group, with backoff until it joins; it resumes from the committed offsets,
   * so nothing is skipped and the inbox absorbs any redelivery.
   */
  private rebuildLater(dead: Consumer, attempt: number): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    const delay = backoffMs(attempt, this.opts.retryBaseMs ?? 1_000, 30_000);
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = null;
      void (async () => {
        if (this.stopping || this.consumer !== dead) return;
        await dead.disconnect().catch(() => undefined);
        for (const hold of this.holds.values()) if (hold.timer) clearTimeout(hold.timer);
        this.holds.clear();
        try {
          await this.startConsumer();
          this.opts.log.warn(
            { attempt },
            'consumer replaced after a crash kafkajs does not restart from',
          );
        } catch (err) {
          this.opts.log.error(
            { err: err instanceof Error ? err.message : String(err), attempt },
            'replacing the crashed consumer failed; trying again',
          );
          const failed = this.consumer;
          if (failed && !this.stopping) this.rebuildLater(failed, attempt + 1);
        }
      })();
    }, delay);
  }

  /**
   * Stops after the messages in hand, each applied and its offset committed, so a successor
   * processes nothing this instance applied. The order matters: kafkajs's `disconnect` first marks
   * its runner stopped and only then waits for the running handlers, and a `commitOffsets` made
   * by a handler after that mark is silently dropped (kafkajs runner.commitOffsets returns when
   * not running) — every message in hand was then applied but redelivered (test:
   * shutdown-commit.integration-spec.ts). So: no new message is taken (paused; one already
   * fetched is left uncommitted), the handlers in hand finish and commit while kafkajs still
   * runs, and only then does the consumer disconnect.
   */
  async stop(): Promise<void> {
    // Retry loops see this and give up the message uncommitted: it is redelivered on restart.
    this.stopping = true;
    this.running = false;
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = null;
    for (const hold of this.holds.values()) if (hold.timer) clearTimeout(hold.timer);
    this.holds.clear();
    try {
      this.consumer?.pause(this.opts.topics.map((topic) => ({ topic })));
    } catch {
      // not running (crashed, or never joined): nothing in hand
    }
    await Promise.allSettled([...this.inFlight]);
    // Commit every applied offset while kafkajs still runs: after its stop/disconnect mark, a
    // commitOffsets is silently dropped.
    if (this.consumer) await this.flushCommits(this.consumer);
    await this.consumer?.disconnect();
    await this.dlqProducer?.disconnect();
    this.consumer = null;
    this.dlqProducer = null;
  }

  /**
   * Pauses the partition, rewinds it to the failed message (kafkajs drops the rest of the batch)
   * and resumes it after a backoff. The handler returns at once, so the fetch that brought this
   * message completes and the other partitions keep flowing.
   */
  private hold(
    consumer: Consumer,
    topic: string,
    partition: number,
    offset: string,
    failure: { kind: 'transient' | 'unknown'; reason: string },
  ): void {
    const where = `${topic}/${partition}`;
    const now = Date.now();
    const previous = this.holds.get(where);
    const hold: Hold =
      previous && previous.offset === offset
        ? previous
        : {
            offset,
            since: now,
            transientAttempts: 0,
            unknownFailures: 0,
            alarmed: false,
            timer: null,
          };
    if (failure.kind === 'transient') hold.transientAttempts += 1;
    else hold.unknownFailures += 1;
    if (
      failure.kind === 'transient' &&
      !hold.alarmed &&
      now - hold.since >= (this.opts.alarmAfterMs ?? 60_000)
    ) {
      hold.alarmed = true;
      this.opts.log.error(
        { partition: where, offset, err: failure.reason },
        'ALARM: event held by a transient failure; retrying until it clears',
      );
    }
    this.holds.set(where, hold);
    const attempt = failure.kind === 'transient' ? hold.transientAttempts : hold.unknownFailures;
    this.opts.log.warn(
      { partition: where, offset, attempt, kind: failure.kind, err: failure.reason },
      'retrying event',
    );
    consumer.pause([{ topic, partitions: [partition] }]);
    consumer.seek({ topic, partition, offset });
    if (hold.timer) clearTimeout(hold.timer);
    hold.timer = setTimeout(
      () => {
        hold.timer = null;
        if (this.stopping || this.consumer !== consumer) return;
        consumer.resume([{ topic, partitions: [partition] }]);
      },
      backoffMs(attempt, this.opts.retryBaseMs ?? 200, this.opts.retryCapMs ?? 5_000),
    );
  }

  /** The partition's held message went through: it flows normally again. */
  private release(where: string): void {
    const hold = this.holds.get(where);
    if (!hold) return;
    if (hold.timer) clearTimeout(hold.timer);
    this.holds.delete(where);
    if (hold.alarmed)
      this.opts.log.warn(
        { partition: where, offset: hold.offset },
        'transient failure cleared; partition flowing again',
      );
  }

  /** Parses the envelope and checks the payload against its contract; no database work. */
  private check(message: KafkaMessage): Checked {
    let envelope: Envelope<unknown>;
    try {
      envelope = envelopeSchema.parse(
        JSON.parse(message.value?.toString('utf8') ?? ''),
      ) as Envelope<unknown>;
    } catch {
      return { kind: 'reject', envelope: null, reason: 'malformed envelope' };
    }
    const handler = this.opts.handlers.find(
      (h) => h.definition.type === envelope.type && h.definition.version === envelope.version,
    );
    if (!handler) return { kind: 'skip' }; // not an event this service cares about
    const parsed = handler.definition.schema.safeParse(envelope.payload);
    if (!parsed.success)
      return {
        kind: 'reject',
        envelope,
        reason: `invalid ${envelope.type}@${envelope.version} payload`,
      };
    return { kind: 'apply', envelope, handler, payload: parsed.data };
  }

  /** The handler runs in a consumer span continuing the producer's trace (message headers). */
  private startSpan(
    topic: string,
    partition: number,
    message: KafkaMessage,
    envelope: Envelope<unknown>,
  ) {
    return startRemoteChildSpan(message.headers, `${topic} process`, 'consumer', {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': topic,
      'messaging.destination.partition.id': String(partition),
      'messaging.kafka.offset': Number(message.offset),
      'messaging.consumer.group.name': this.opts.groupId,
      'messaging.message.id': envelope.id,
      'ekst.event_type': envelope.type,
    });
  }

  /**
   * A handler failed (its changes rolled back): a poison message, or an unknown failure out of
   * attempts, is dead-lettered ('done'); otherwise the message is to be held and retried.
   */
  private async settleFailure(
    source: MessageSource,
    envelope: Envelope<unknown> | null,
    err: unknown,
  ): Promise<Outcome> {
    const reason = err instanceof Error ? err.message : String(err);
    const kind: FailureKind = classifyFailure(err);
    const held = this.holds.get(`${source.topic}/${source.partition}`);
    const unknownSoFar = held?.offset === source.message.offset ? held.unknownFailures : 0;
    if (
      kind === 'poison' ||
      (kind === 'unknown' && unknownSoFar + 1 >= (this.opts.maxAttempts ?? 5))
    ) {
      await this.deadLetter(source, envelope, reason, kind);
      return 'done';
    }
    return { kind, reason };
  }

  /** One message in an inbox transaction of its own. */
  private async process(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<Outcome> {
    const source: MessageSource = { topic, partition, message, heartbeat };
    const checked = this.check(message);
    if (checked.kind === 'skip') return 'done';
    if (checked.kind === 'reject') {
      await this.deadLetter(source, checked.envelope, checked.reason);
      return 'done';
    }
    const { envelope, handler, payload } = checked;
    const span = this.startSpan(topic, partition, message, envelope);
    try {
      const applied = await span.run(() => this.applyOnce(topic, envelope, handler, payload));
      span.end();
      if (applied)
        crashIfFaultPoint(this.opts.faultPoint, 'consumer-after-commit', this.opts.log, {
          eventId: envelope.id,
          topic,
          partition,
          offset: message.offset,
        });
      return 'done';
    } catch (err) {
      span.end(err);
      return this.settleFailure(source, envelope, err);
    }
  }

  /** Waits, but gives up at once when the consumer is stopping. */
  private async pause(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (this.stopping) throw new Interrupted('consumer stopping');
      await new Promise((r) => setTimeout(r, Math.min(100, until - Date.now())));
    }
    if (this.stopping) throw new Interrupted('consumer stopping');
  }

  /** Public for tests: applies one event through the inbox; returns false if it was a duplicate. */
  async applyOnce(
    topic: string,
    envelope: Envelope<unknown>,
    handler: EventHandler,
    payload: unknown,
  ): Promise<boolean> {
    return this.opts.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('lock_timeout', $1, true)`, [`${this.lockTimeoutMs}ms`]);
      return applyInboundEvent(m, this.opts.tx, topic, envelope, handler, payload);
    });
  }

  /**
   * Records the message in the service's `dead_letter` table (for `npm run dlq`: list, redrive),
   * then sends it to the dead-letter topic. Both before the offset is committed: if either fails
   * the message is redelivered, and recording it again is a no-op.
   */
  private async deadLetter(
    { topic, partition, message, heartbeat }: MessageSource,
    event: DeadLetterEvent | null,
    reason: string,
    kind: FailureKind = 'poison',
  ): Promise<void> {
    this.opts.log.error(
      { topic, partition, offset: message.offset, eventId: event?.id, reason, kind },
      'event dead-lettered',
    );
    const record = {
      eventId: event?.id ?? null,
      eventType: event?.type ?? null,
      eventVersion: event?.version ?? null,
      sourceTopic: topic,
      sourcePartition: partition,
      sourceOffset: message.offset,
      messageKey: message.key?.toString('utf8') ?? null,
      rawValue: message.value?.toString('utf8') ?? null,
      error: reason,
      kind,
    };
    // A database outage now must not drop the record: retried like any transient failure.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await recordDeadLetter(this.opts.dataSource, record);
        break;
      } catch (err) {
        if (classifyFailure(err) !== 'transient') throw err;
        this.opts.log.warn(
          { topic, partition, offset: message.offset, attempt, err: (err as Error).message },
          'recording a dead letter failed; retrying',
        );
        await heartbeat();
        await this.pause(
          backoffMs(attempt, this.opts.retryBaseMs ?? 200, this.opts.retryCapMs ?? 5_000),
        );
      }
    }
    await this.dlqProducer?.send({
      topic: this.opts.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            'ekst-error': reason.slice(0, 500),
            'ekst-failure-kind': kind,
            'ekst-source-topic': topic,
            'ekst-source-partition': String(partition),
            'ekst-source-offset': message.offset,
          },
        },
      ],
    });
  }
}
