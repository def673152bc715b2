import { ackKey, formatTable, Ledger, reconcile, unappliedBy } from './ledger';
import type { Observed } from './ledger';

const CONSUMERS_OF_REGISTER = ['partners-governance', 'events', 'evaluation', 'teacher-swap'];
const CONSUMERS_OF_ERASE = [...CONSUMERS_OF_REGISTER, 'communications'];

function observed(parts: Partial<Observed> = {}): Observed {
  return {
    eventIdOf: new Map(),
    inbox: new Map(),
    deadLettered: new Map(),
    projectionRows: new Map(),
    ...parts,
  };
}

const inboxWith = (services: string[], eventId: string, rows = 1) =>
  new Map(services.map((s) => [s, new Map([[eventId, rows]])]));

describe('the chaos ledger', () => {
  const ledger = new Ledger();
  ledger.record('kill', 'register', 'p1');
  ledger.record('kill', 'erase', 'p2');
  ledger.failed('kill');
  const acks = ledger.of('kill');

  it('books acknowledged actions by fault and counts the unacknowledged apart', () => {
    expect(acks).toHaveLength(2);
    expect(ledger.failures).toBe(1);
    expect(ledger.of('other')).toEqual([]);
  });

  it('counts every action in every service that must apply it; none applied: all lost', () => {
    const r = reconcile(acks, observed());
    expect(r).toEqual({
      acknowledged: 2,
      expected: CONSUMERS_OF_REGISTER.length + CONSUMERS_OF_ERASE.length,
      applied: 0,
      lost: 9,
      appliedTwice: 0,
      inDlq: 0,
    });
  });

  it('applied once everywhere: nothing lost; a dead letter is counted, and a missing erasure effect is not applied', () => {
    const inbox = inboxWith(CONSUMERS_OF_REGISTER, 'e1');
    for (const [s, m] of inboxWith(CONSUMERS_OF_ERASE, 'e2'))
      inbox.set(s, new Map([...(inbox.get(s) ?? []), ...m]));
    const seen = observed({
      eventIdOf: new Map([
        [ackKey({ kind: 'register', personId: 'p1' }), 'e1'],
        [ackKey({ kind: 'erase', personId: 'p2' }), 'e2'],
      ]),
      inbox,
    });
    expect(reconcile(acks, seen)).toMatchObject({ applied: 9, lost: 0, appliedTwice: 0, inDlq: 0 });

    seen.deadLettered.set('events', new Set(['e1']));
    expect(reconcile(acks, seen).inDlq).toBe(1);

    // events says it applied the erasure, yet still holds the person: the effect is missing.
    seen.projectionRows.set('events', new Map([['p2', 1]]));
    expect(reconcile(acks, seen)).toMatchObject({ applied: 8, lost: 1 });
  });

  it('an event applied twice (or two projection rows for one person) is counted as applied twice', () => {
    const seen = observed({
      eventIdOf: new Map([[ackKey({ kind: 'register', personId: 'p1' }), 'e1']]),
      inbox: inboxWith(CONSUMERS_OF_REGISTER, 'e1', 2),
      projectionRows: new Map([['evaluation', new Map([['p1', 2]])]]),
    });
    expect(reconcile([acks[0]], seen)).toMatchObject({ applied: 4, lost: 0, appliedTwice: 5 });
  });

  it('prints one row per fault, with the time to converge or NOT converged', () => {
    const text = formatTable([
      {
        fault: 'kill',
        acknowledged: 2,
        expected: 9,
        applied: 9,
        lost: 0,
        appliedTwice: 0,
        inDlq: 0,
        convergedMs: 1500,
      },
      {
        fault: 'outage',
        acknowledged: 1,
        expected: 5,
        applied: 4,
        lost: 1,
        appliedTwice: 0,
        inDlq: 0,
        convergedMs: null,
      },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^fault +\| acknowledged \| expected \| applied \| lost \| applied twice \| in DLQ \| converged in/,
    );
    expect(lines[2]).toMatch(/^kill .*\| 1\.5 s/);
    expect(lines[3]).toMatch(/^outage .*\| NOT converged/);
  });

  it('names who lagged in the row of a fault that did not converge', () => {
    const row = {
      fault: 'broker',
      acknowledged: 3,
      expected: 13,
      applied: 10,
      lost: 3,
      appliedTwice: 0,
      inDlq: 0,
      convergedMs: null,
    };
    const text = formatTable([{ ...row, lateBy: { evaluation: 2, producer: 1 } }, row]);
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/\| NOT converged \(late: evaluation 2, producer 1\)$/);
    expect(lines[3]).toMatch(/\| NOT converged +$/);
  });

  it('says where the unapplied pairs are: each consumer lacking the event, or the producer', () => {
    // p1 registered: its event reached every consumer but evaluation; p2's erasure has no event.
    const seen = observed({
      eventIdOf: new Map([[ackKey({ kind: 'register', personId: 'p1' }), 'e1']]),
      inbox: inboxWith(
        CONSUMERS_OF_REGISTER.filter((s) => s !== 'evaluation'),
        'e1',
      ),
    });
    expect(unappliedBy(acks, seen)).toEqual({
      evaluation: 1,
      producer: CONSUMERS_OF_ERASE.length,
    });
    const all = observed({
      eventIdOf: seen.eventIdOf,
      inbox: inboxWith(CONSUMERS_OF_REGISTER, 'e1'),
    });
    expect(unappliedBy([acks[0]], all)).toEqual({});
  });
});
