import { TestStack } from '@ekst/testing';
import { ChaosHarness, sleep } from './harness';
import { CONSUMERS, formatTable } from './ledger';
import type { FaultRow } from './ledger';

/**
 * The chaos suite, short form: one round of each fault, loopback only, bounded (about two
 * minutes). A steady stream of real domain actions goes through the gateway (people registered by
 * their school's champion, erased by the coordinator) while, one at a time:
 *
 * - a consumer (events) is SIGKILLed mid-burst and restarted: between its transaction commit and
 *   its offset commit, some events are redelivered to it;
 * - the producer (people: its use cases and its outbox relay) is SIGKILLed mid-burst and
 *   restarted: a relay killed between the send and marking the rows sent sends them again;
 * - every session of every service's database is terminated (`pg_terminate_backend`) and the
 *   consumers' databases refuse connections for 10 s while a burst of erasures is acknowledged.
 *
 * The ledger records every acknowledged action; after each fault every consumer's inbox,
 * dead-letter table and projections are reconciled with it, and the suite prints, per fault:
 * acknowledged, applied, lost, applied twice, in DLQ, time to converge. It asserts 0 lost, 0
 * applied twice, nothing in the DLQ, and convergence within CONVERGE_BOUND_MS of the fault's end.
 * The Kafka broker is shared with other test files, so broker faults are not in the short form.
 * The stream, the ledger's reads and `settle` are the harness the long form uses (`harness.ts`).
 */
const CONVERGE_BOUND_MS = 60_000;

describe('chaos, short form: faults during a stream of real actions; nothing lost, nothing applied twice', () => {
  const stack = new TestStack('chaos', 2200, { RATE_LIMIT_PERSON_PER_MINUTE: '100000' });
  const chaos = new ChaosHarness(stack, CONVERGE_BOUND_MS);

  beforeAll(async () => {
    await stack.start();
    await chaos.setUp();
    chaos.startStream('both');
    await sleep(1500);
  }, 180000);

  afterAll(async () => {
    await chaos.stopStream();
    await chaos.reopenDatabases();
    if (chaos.table.length)
      process.stdout.write(`\nchaos suite (short form)\n${formatTable(chaos.table)}\n`);
    await stack.dispose();
  }, 60000);

  const expectClean = (row: FaultRow) => {
    expect(row.acknowledged).toBeGreaterThan(0);
    expect({ lost: row.lost, appliedTwice: row.appliedTwice, inDlq: row.inDlq }).toEqual({
      lost: 0,
      appliedTwice: 0,
      inDlq: 0,
    });
    expect(row.convergedMs).not.toBeNull();
  };

  it('SIGKILL a consumer (events) mid-burst and restart it: every event applied once', async () => {
    const row = await chaos.round('SIGKILL events', async () => {
      await stack.kill('events', 'SIGKILL');
      await sleep(1000);
      await stack.startService('events');
    });
    expectClean(row);
  }, 180000);

  it('SIGKILL the producer (people, with its relay) mid-burst and restart it: nothing acknowledged is lost', async () => {
    const row = await chaos.round('SIGKILL people', async () => {
      await stack.kill('people', 'SIGKILL');
      await sleep(1000);
      await stack.startService('people');
    });
    expectClean(row);
  }, 180000);

  it('every database session terminated and the consumers’ databases closed for 10 s during a burst of erasures: every PersonErased applied in every service, none dead-lettered', async () => {
    // People to erase, registered and applied everywhere before the outage.
    await chaos.stopStream();
    chaos.phase = 'erasure outage (setup)';
    for (let i = 0; i < 20; i += 1) await chaos.register();
    const setup = await chaos.settle(chaos.phase, Date.now());
    expectClean(setup);
    chaos.phase = 'database outage 10 s, erasures';
    chaos.startStream('erase-only');
    const row = await chaos.round(chaos.phase, () => chaos.databaseOutage(10_000));
    await chaos.stopStream();
    expect(chaos.ledger.of(row.fault).every((a) => a.kind === 'erase')).toBe(true);
    expectClean(row);
    expect(row.expected).toBe(row.acknowledged * CONSUMERS.erase.services.length);
  }, 180000);

  it('the whole run reconciles: every acknowledged action, before, during and after the faults', async () => {
    await chaos.stopStream();
    const row = await chaos.settle('whole run', Date.now(), chaos.ledger.acks);
    expectClean(row);
  }, 120000);
});
