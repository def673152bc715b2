import { randomUUID } from 'node:crypto';
import {
  done,
  forbidden,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import {
  isHandled,
  mayHandleRectification,
  mayRequestRectification,
  rectificationPatch,
  reasonText,
  REASON_LENGTH,
} from '../domain/rectification';
import type { RectifiableField, RectificationStatus } from '../domain/rectification';
import { PersonEntity } from '../entities/person.entity';
import { RectificationRequestEntity } from '../entities/rectification-request.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import { parsePatched, updatePerson } from './update-person.use-case';

/**
 * Rectification (issue 20, UK GDPR art. 16): a person, or staff of a student's school, asks for
 * a correction of a field of the record; the data protection lead or the coordinator applies it
 * (through updatePerson, so its rules hold and PersonUpdated goes out) or refuses it with a
 * reason. Who asked, what, why, who handled it, when and how are kept (rectification_request).
 */

const noSuchRequest = () => userError('NOT_FOUND', 'no such rectification request', 'id');
const alreadyHandled = (status: RectificationStatus) =>
  userError('ALREADY_HANDLED', `the request was already ${status.toLowerCase()}`, 'id');
const badReason = (field: string) =>
  userError(
    'INVALID',
    `a reason of ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters is required`,
    field,
  );

export async function requestRectification(
  deps: PeopleDeps,
  {
    input,
  }: { input: { personId: string; field: RectifiableField; value: string; reason: string } },
): Promise<PeopleResult<{ request: RectificationRequestEntity }>> {
  if (deps.caller.kind !== 'person')
    return refused('Only a signed-in person may ask for a correction');
  if (!isUuid(input.personId)) return rejected(noSuchPerson('personId'));
  const personId = input.personId.toLowerCase();
  return deps.transaction(async ({ manager: m }) => {
    const person = await m.getRepository(PersonEntity).findOneBy({ id: personId });
    if (!person) return rejected(noSuchPerson('personId'));
    const may = mayRequestRectification(deps.caller, person);
    if (may === 'not-visible') return rejected(noSuchPerson('personId'));
    if (may === 'forbidden')
      return refused(
        "Staff may ask for corrections of their own school's students; adults ask for themselves",
      );
    const reason = reasonText(input.reason);
    if (reason === null) return rejected(badReason('reason'));
    // The value must pass the record's rules now; the handler still checks again on applying.
    const parsed = parsePatched(person, rectificationPatch(input.field, input.value));
    if (!parsed.success)
      return rejectedAll(
        userErrorsFromZod(parsed.error.issues).map((e) => ({ ...e, field: 'value' })),
      );
    const request = m.getRepository(RectificationRequestEntity).create({
      id: randomUUID(),
      personId,
      field: input.field,
      requestedValue: input.value.trim(),
      reason,
      requestedBy: deps.caller.subject.toLowerCase(),
      requestedAt: deps.clock.now(),
      status: 'OPEN',
      handledBy: null,
      handledAt: null,
      outcomeReason: null,
    });
    await m.getRepository(RectificationRequestEntity).insert(request);
    return done({ request });
  });
}

/** Locks an open request for its handler; NOT_FOUND or ALREADY_HANDLED otherwise. */
async function openRequest(
  m: EntityManager,
  rawId: string,
): Promise<PeopleResult<RectificationRequestEntity>> {
  if (!isUuid(rawId)) return rejected(noSuchRequest());
  const request = await m
    .getRepository(RectificationRequestEntity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id: rawId.toLowerCase() })
    .getOne();
  if (!request) return rejected(noSuchRequest());
  if (isHandled(request.status)) return rejected(alreadyHandled(request.status));
  return done(request);
}

/**
 * Applies an open request in one transaction: the record changes through updatePerson (its
 * rules; PersonUpdated), then the request is APPLIED with who and when. If the value no longer
 * passes (say the e-mail address is now someone else's), the errors are returned and the
 * request stays open for the handler to refuse.
 */
export async function applyRectification(
  deps: PeopleDeps,
  { id }: { id: string },
): Promise<PeopleResult<{ request: RectificationRequestEntity }>> {
  if (!mayHandleRectification(deps.caller))
    return refused('Only the data protection lead or the coordinator handles rectification');
  return deps.transaction(async (tx) => {
    const open = await openRequest(tx.manager, id);
    if (open.kind !== 'done') return open;
    const request = open.value;
    const updated = await updatePerson(
      { ...deps, transaction: (work) => work(tx) },
      {
        id: request.personId,
        input: rectificationPatch(request.field, request.requestedValue),
      },
      { permittedBy: 'rectification' },
    );
    if (updated.kind !== 'done') return updated;
    Object.assign(request, {
      status: 'APPLIED',
      handledBy: deps.caller.subject.toLowerCase(),
      handledAt: deps.clock.now(),
    });
    await tx.manager.getRepository(RectificationRequestEntity).save(request);
    return done({ request });
  });
}

/** Refuses an open request with a reason; the record is not changed. */
export async function refuseRectification(
  deps: PeopleDeps,
  { id, reason: rawReason }: { id: string; reason: string },
): Promise<PeopleResult<{ request: RectificationRequestEntity }>> {
  if (!mayHandleRectification(deps.caller))
    return refused('Only the data protection lead or the coordinator handles rectification');
  const reason = reasonText(rawReason);
  if (reason === null) return rejected(badReason('reason'));
  return deps.transaction(async ({ manager: m }) => {
    const open = await openRequest(m, id);
    if (open.kind !== 'done') return open;
    const request = open.value;
    Object.assign(request, {
      status: 'REFUSED',
      handledBy: deps.caller.subject.toLowerCase(),
      handledAt: deps.clock.now(),
      outcomeReason: reason,
    });
    await m.getRepository(RectificationRequestEntity).save(request);
    return done({ request });
  });
}

/** For the data protection lead or the coordinator: requests by state and person, oldest first. */
export async function listRectificationRequests(
  deps: PeopleDeps,
  filter: { status?: RectificationStatus | null; personId?: string | null },
): Promise<RectificationRequestEntity[]> {
  if (!mayHandleRectification(deps.caller))
    throw forbidden('Only the data protection lead or the coordinator sees rectification requests');
  if (filter.personId && !isUuid(filter.personId)) return [];
  const q = deps.dataSource
    .getRepository(RectificationRequestEntity)
    .createQueryBuilder('r')
    .orderBy('r.requestedAt', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .take(500);
  if (filter.status) q.andWhere('r.status = :status', { status: filter.status });
  if (filter.personId) q.andWhere('r.personId = :p', { p: filter.personId.toLowerCase() });
  return q.getMany();
}

/** The requests the signed-in person made, newest first; nothing for anyone else. */
export async function myRectificationRequests(
  deps: PeopleDeps,
): Promise<RectificationRequestEntity[]> {
  if (deps.caller.kind !== 'person') return [];
  return deps.dataSource.getRepository(RectificationRequestEntity).find({
    where: { requestedBy: deps.caller.subject.toLowerCase() },
    order: { requestedAt: 'DESC', id: 'ASC' },
    take: 100,
  });
}
