import { envelopeSchema } from '@ekst/contracts';
import type { Envelope } from '@ekst/contracts';
import type { DataSource } from 'typeorm';
import { DEAD_LETTER_COLUMNS, toDeadLetter } from './dead-letters';
import type { DeadLetter } from './dead-letters';
import { classifyFailure, PoisonMessageError } from './failure';
import type { FailureKind } from './failure';
import { applyInboundEvent } from './inbox-consumer';
import type { EventHandler } from './inbox-consumer';
import type { TxBinding } from './unit-of-work';

/**
 * What a redrive did with one dead letter:
 * - `applied`: its handler ran, through the inbox, and it is marked redriven;
 * - `already-applied`: its event id was already in the inbox (the event got through another way):
 *   marked redriven, the handler not run again;
 * - `already-redriven`: an earlier redrive handled it; nothing changed;
 * - `failed`: it still fails: it stays dead-lettered with the new error and kind;
 * - `not-found`: no dead letter with that id.
 */
export type RedriveOutcome =
  | { id: string; outcome: 'applied' | 'already-applied' | 'already-redriven' | 'not-found' }
  | { id: string; outcome: 'failed'; kind: FailureKind; error: string };

export interface RedriveDeps {
  dataSource: DataSource;
  /** the service's handlers (its module's `handlers`) — the consumer's, so the same code applies */
  handlers: EventHandler[];
  /** the same binding the consumer's transactions get (own topic, producer, clock, config) */
  tx: TxBinding;
}

/**
 * Re-applies dead letters through the consumer's own path (`applyInboundEvent`: inbox insert and
 * handler in one transaction), one at a time, oldest first. The dead-letter row is locked and
 * marked in that same transaction, so two operators redriving at once apply it once, and a
 * redrive that fails leaves nothing half-done.
 */
export async function redriveDeadLetters(
  deps: RedriveDeps,
  ids: string[],
): Promise<RedriveOutcome[]> {
  const order = (await deps.dataSource.query(
    `SELECT id FROM dead_letter WHERE id = ANY($1::uuid[]) ORDER BY dead_lettered_at, source_offset`,
    [ids],
  )) as Array<{ id: string }>;
  const known = new Set(order.map((r) => r.id));
  const outcomes: RedriveOutcome[] = [];
  for (const { id } of order) outcomes.push(await redriveOne(deps, id));
  for (const id of ids) if (!known.has(id)) outcomes.push({ id, outcome: 'not-found' as const });
  return outcomes;
}

async function redriveOne(deps: RedriveDeps, id: string): Promise<RedriveOutcome> {
  try {
    return await deps.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `SELECT ${DEAD_LETTER_COLUMNS} FROM dead_letter WHERE id = $1 FOR UPDATE`,
        [id],
      )) as Parameters<typeof toDeadLetter>[0][];
      const [row] = rows;
      if (!row) return { id, outcome: 'not-found' as const };
      const letter = toDeadLetter(row);
      if (letter.redrivenAt) return { id, outcome: 'already-redriven' as const };
      const { envelope, handler, payload } = parseDeadLetter(letter, deps.handlers);
      const applied = await applyInboundEvent(
        m,
        deps.tx,
        letter.sourceTopic,
        envelope,
        handler,
        payload,
      );
      await m.query(
        `UPDATE dead_letter SET redriven_at = now(), redrive_attempts = redrive_attempts + 1
         WHERE id = $1`,
        [id],
      );
      return { id, outcome: applied ? ('applied' as const) : ('already-applied' as const) };
    });
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
    const kind = classifyFailure(err);
    await deps.dataSource.query(
      `UPDATE dead_letter SET error = $2, failure_kind = $3, redrive_attempts = redrive_attempts + 1
       WHERE id = $1 AND redriven_at IS NULL`,
      [id, error, kind],
    );
    return { id, outcome: 'failed', kind, error };
  }
}

/** The same checks the consumer makes before applying; what fails them is still poison. */
function parseDeadLetter(
  letter: DeadLetter,
  handlers: EventHandler[],
): { envelope: Envelope<unknown>; handler: EventHandler; payload: unknown } {
  let envelope: Envelope<unknown>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(letter.rawValue ?? '')) as Envelope<unknown>;
  } catch {
    throw new PoisonMessageError('malformed envelope');
  }
  const handler = handlers.find(
    (h) => h.definition.type === envelope.type && h.definition.version === envelope.version,
  );
  if (!handler) throw new PoisonMessageError(`no handler for ${envelope.type}@${envelope.version}`);
  const parsed = handler.definition.schema.safeParse(envelope.payload);
  if (!parsed.success)
    throw new PoisonMessageError(`invalid ${envelope.type}@${envelope.version} payload`);
  return { envelope, handler, payload: parsed.data };
}
