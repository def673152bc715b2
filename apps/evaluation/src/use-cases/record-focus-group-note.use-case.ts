import { randomUUID } from 'node:crypto';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { londonToday, newFocusGroupNoteSchema } from '../domain/focus-group';
import type { NewFocusGroupNote } from '../domain/focus-group';
import { EventProjectionEntity } from '../entities/event-projection.entity';
import { FocusGroupNoteEntity } from '../entities/focus-group-note.entity';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';

export type RecordFocusGroupNoteResult =
  | { note: FocusGroupNoteEntity; errors: [] }
  | { note: null; errors: UserError[] };

/** Validates the input (typed errors, nothing written) before the caller's scope is applied. */
export function parseFocusGroupNote(
  input: unknown,
  now: Date,
): { ok: true; value: NewFocusGroupNote } | { ok: false; errors: UserError[] } {
  const parsed = newFocusGroupNoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: userErrorsFromZod(parsed.error.issues) };
  if (parsed.data.heldOn > londonToday(now)) {
    return {
      ok: false,
      errors: [userError('IN_THE_FUTURE', 'a note records a group already held', 'heldOn')],
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * Writes a note whose partner the resolver has already settled from the caller's scope. The
 * event and partner must be known to evaluation (UNKNOWN_EVENT, UNKNOWN_PARTNER); nothing is
 * written on any error.
 */
export async function recordFocusGroupNote(
  dataSource: DataSource,
  note: NewFocusGroupNote,
  partnerId: string | null,
  recordedBy: string,
): Promise<RecordFocusGroupNoteResult> {
  return dataSource.transaction(async (m) => {
    const errors: UserError[] = [];
    if (
      note.eventId &&
      !(await m.getRepository(EventProjectionEntity).existsBy({ id: note.eventId }))
    )
      errors.push(
        userError('UNKNOWN_EVENT', 'no event with this id is known to evaluation', 'eventId'),
      );
    if (partnerId && !(await m.getRepository(PartnerProjectionEntity).existsBy({ id: partnerId })))
      errors.push(
        userError('UNKNOWN_PARTNER', 'no partner with this id is known to evaluation', 'partnerId'),
      );
    if (errors.length > 0) return { note: null, errors };

    const repo = m.getRepository(FocusGroupNoteEntity);
    const id = randomUUID();
    await repo.insert({
      id,
      eventId: note.eventId ?? null,
      partnerId,
      heldOn: note.heldOn,
      aims: note.aims,
      themes: note.themes,
      summary: note.summary,
      participantCount: note.participantCount,
      recordedBy,
    });
    return { note: await repo.findOneByOrFail({ id }), errors: [] };
  });
}
