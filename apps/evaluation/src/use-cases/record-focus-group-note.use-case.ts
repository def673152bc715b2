import { randomUUID } from 'node:crypto';
import {
  done,
  londonDate,
  refused,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import {
  mayRecordFocusGroupNotes,
  newFocusGroupNoteSchema,
  noteWriteScope,
} from '../domain/focus-group';
import type { NewFocusGroupNote } from '../domain/focus-group';
import { EventProjectionEntity } from '../entities/event-projection.entity';
import { FocusGroupNoteEntity } from '../entities/focus-group-note.entity';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import type { EvaluationDeps, EvaluationResult, EvaluationUserError } from './evaluation-use-case';

/** Validates the input (typed errors, nothing written) before the caller's scope is applied. */
export function parseFocusGroupNote(
  input: unknown,
  now: Date,
): { ok: true; value: NewFocusGroupNote } | { ok: false; errors: EvaluationUserError[] } {
  const parsed = newFocusGroupNoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: userErrorsFromZod(parsed.error.issues) };
  if (parsed.data.heldOn > londonDate(now)) {
    return {
      ok: false,
      errors: [userError('IN_THE_FUTURE', 'a note records a group already held', 'heldOn')],
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * The coordinator records a note for any partner or the whole partnership; a head or champion for
 * their own partner only (the default when they name none). The rule lives here, asked of
 * `domain/focus-group.ts`, so every caller of this use case gets it. The event and partner must
 * be known to evaluation (UNKNOWN_EVENT, UNKNOWN_PARTNER); nothing is written on any error.
 */
export async function recordFocusGroupNote(
  deps: EvaluationDeps,
  input: unknown,
): Promise<EvaluationResult<FocusGroupNoteEntity>> {
  // The role alone first, so a caller who may not record notes learns nothing from validation.
  if (!mayRecordFocusGroupNotes(deps.caller))
    return refused('Only the coordinator, heads and champions record focus group notes');
  const parsed = parseFocusGroupNote(input, deps.clock.now());
  if (!parsed.ok) return rejectedAll(parsed.errors);
  const note = parsed.value;
  const scope = noteWriteScope(deps.caller, note.partnerId ?? null);
  if (scope.kind === 'forbidden') return refused(scope.reason);
  const { partnerId } = scope;

  return deps.transaction(async ({ manager: m }) => {
    const errors: EvaluationUserError[] = [];
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
    if (errors.length > 0) return rejectedAll(errors);

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
      recordedBy: deps.caller.subject,
    });
    return done(await repo.findOneByOrFail({ id }));
  });
}
