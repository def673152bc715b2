/**
 * The chaos suite's ledger: every action the gateway acknowledged, by fault, and what each
 * consuming service did with the event it caused. Pure: the harness feeds it what it read from
 * the databases; the reconciliation and the printed table are computed here.
 */

export type ActionKind = 'register' | 'erase';

/** The event an acknowledged action causes, and the services that must apply it. */
export const CONSUMERS: Record<ActionKind, { eventType: string; services: readonly string[] }> = {
  register: {
    eventType: 'PersonRegistered',
    services: ['partners-governance', 'events', 'evaluation', 'teacher-swap'],
  },
  erase: {
    eventType: 'PersonErased',
    services: ['partners-governance', 'events', 'evaluation', 'teacher-swap', 'communications'],
  },
};

export interface Ack {
  fault: string;
  kind: ActionKind;
  personId: string;
}

export class Ledger {
  readonly acks: Ack[] = [];
  /** actions the gateway did not acknowledge (refused or failed during a fault): not counted */
  readonly unacknowledged = new Map<string, number>();

  record(fault: string, kind: ActionKind, personId: string): void {
    this.acks.push({ fault, kind, personId });
  }

  get failures(): number {
    return [...this.unacknowledged.values()].reduce((a, b) => a + b, 0);
  }

  failed(fault: string): void {
    this.unacknowledged.set(fault, (this.unacknowledged.get(fault) ?? 0) + 1);
  }

  of(fault: string): Ack[] {
    return this.acks.filter((a) => a.fault === fault);
  }
}

/** What the harness read: per service, how often each event id is in its inbox, and in its DLQ. */
export interface Observed {
  /** event id of each acknowledged action (`kind:personId`), from the producer's outbox */
  eventIdOf: Map<string, string>;
  /** per service: event id → inbox rows (1 = applied once) */
  inbox: Map<string, Map<string, number>>;
  /** per service: event ids in its dead_letter table, not redriven */
  deadLettered: Map<string, Set<string>>;
  /** projection rows per person, per service that keeps one (0 after erasure, 1 otherwise) */
  projectionRows: Map<string, Map<string, number>>;
}

export interface FaultRow {
  fault: string;
  acknowledged: number;
  /** (action, consuming service) pairs that must be applied */
  expected: number;
  applied: number;
  lost: number;
  appliedTwice: number;
  inDlq: number;
  /** ms from the end of the fault until everything was applied; null if it never converged */
  convergedMs: number | null;
  /** when it did not converge: unapplied pairs at the bound, by where (`unappliedBy`) */
  lateBy?: Record<string, number>;
}

export const ackKey = (a: Pick<Ack, 'kind' | 'personId'>) => `${a.kind}:${a.personId}`;

/** Reconciles the acknowledged actions of one fault with what every consumer applied. */
export function reconcile(
  acks: readonly Ack[],
  seen: Observed,
): Omit<FaultRow, 'fault' | 'convergedMs'> {
  let expected = 0;
  let applied = 0;
  let appliedTwice = 0;
  let inDlq = 0;
  for (const ack of acks) {
    const eventId = seen.eventIdOf.get(ackKey(ack));
    for (const service of CONSUMERS[ack.kind].services) {
      expected += 1;
      if (!eventId) continue; // acknowledged but no event: lost at the producer
      const rows = seen.inbox.get(service)?.get(eventId) ?? 0;
      if (rows >= 1) applied += 1;
      if (rows > 1) appliedTwice += 1;
      if (seen.deadLettered.get(service)?.has(eventId)) inDlq += 1;
    }
    // A projection holds at most one row per person, and none once the person is erased.
    for (const [service, rowsByPerson] of seen.projectionRows) {
      const rows = rowsByPerson.get(ack.personId) ?? 0;
      if (rows > 1) appliedTwice += 1;
      const inInbox = eventId !== undefined && (seen.inbox.get(service)?.get(eventId) ?? 0) > 0;
      // In the inbox, but the effect is missing: not applied.
      if (ack.kind === 'erase' && rows > 0 && inInbox) applied -= 1;
    }
  }
  return {
    acknowledged: acks.length,
    expected,
    applied,
    lost: expected - applied,
    appliedTwice,
    inDlq,
  };
}

/**
 * Where the unapplied (action, service) pairs are: per consuming service whose inbox lacks the
 * event, or `producer` when the acknowledged action has no event in the producer's outbox. Printed
 * for a fault that did not converge, so a run says which consumer (or the relay) lagged.
 */
export function unappliedBy(acks: readonly Ack[], seen: Observed): Record<string, number> {
  const late: Record<string, number> = {};
  for (const ack of acks) {
    const eventId = seen.eventIdOf.get(ackKey(ack));
    for (const service of CONSUMERS[ack.kind].services) {
      const where = !eventId
        ? 'producer'
        : (seen.inbox.get(service)?.get(eventId) ?? 0) === 0
          ? service
          : null;
      if (where) late[where] = (late[where] ?? 0) + 1;
    }
  }
  return late;
}

export function formatTable(rows: readonly FaultRow[]): string {
  const header = [
    'fault',
    'acknowledged',
    'expected',
    'applied',
    'lost',
    'applied twice',
    'in DLQ',
    'converged in',
  ];
  const lines = rows.map((r) => [
    r.fault,
    String(r.acknowledged),
    String(r.expected),
    String(r.applied),
    String(r.lost),
    String(r.appliedTwice),
    String(r.inDlq),
    r.convergedMs !== null
      ? `${(r.convergedMs / 1000).toFixed(1)} s`
      : r.lateBy && Object.keys(r.lateBy).length > 0
        ? `NOT converged (late: ${Object.entries(r.lateBy)
            .map(([where, n]) => `${where} ${n}`)
            .join(', ')})`
        : 'NOT converged',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}
