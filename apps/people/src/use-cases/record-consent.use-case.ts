import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { PeopleEvents } from '@ekst/contracts';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { consentInputSchema, currentConsent } from '../domain/consent-state';
import type { ConsentState } from '../domain/consent-state';
import { mayRecordConsent } from '../domain/person-visibility';
import { ConsentRecordEntity } from '../entities/consent-record.entity';
import { PersonEntity } from '../entities/person.entity';
import { announce } from './announce';

export type RecordConsentResult =
  | { consent: ConsentRecordEntity; state: ConsentState; errors: [] }
  | { consent: null; state: null; errors: UserError[]; forbidden?: true };

/**
 * Records one consent decision (a refusal or withdrawal is a record too) and, when the derived
 * state of that kind changes, announces ConsentChanged (person, kind, granted: nothing else).
 */
export async function recordConsent(
  dataSource: DataSource,
  caller: Caller,
  input: { personId: string } & Record<string, unknown>,
  opts: { topic: string; now?: Date },
): Promise<RecordConsentResult> {
  const now = opts.now ?? new Date();
  return dataSource.transaction(async (m): Promise<RecordConsentResult> => {
    // Locks the person, so two records for one person are derived one after the other.
    const person = await m
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: input.personId })
      .getOne();
    if (!person) {
      return {
        consent: null,
        state: null,
        errors: [userError('NOT_FOUND', 'no such person', 'personId')],
      };
    }
    if (!mayRecordConsent(caller, person))
      return { consent: null, state: null, errors: [], forbidden: true };
    const parsed = consentInputSchema(person.roles.includes('STUDENT'), now).safeParse(input);
    if (!parsed.success) {
      const errors = userErrorsFromZod(parsed.error.issues).map((e) =>
        e.field === 'givenBy' && input.givenBy == null
          ? userError('CONSENT_GIVER_REQUIRED', e.message, 'givenBy')
          : e,
      );
      return { consent: null, state: null, errors };
    }
    const c = parsed.data;
    const givenBy = c.givenBy;
    if (!givenBy) return { consent: null, state: null, errors: [] }; // the schema above refuses this
    const repo = m.getRepository(ConsentRecordEntity);
    const before = currentConsent(await repo.findBy({ personId: person.id, kind: c.kind }));
    const record = repo.create({
      id: randomUUID(),
      personId: person.id,
      kind: c.kind,
      decision: c.decision,
      noticeVersion: c.noticeVersion ?? null,
      givenBy,
      giverName: c.giverName ?? null,
      givenAt: c.givenAt ?? now,
      method: c.method,
      recordedBy: caller.kind === 'person' ? caller.subject : null,
      recordedAt: now,
    });
    await repo.insert(record);
    const after = currentConsent(await repo.findBy({ personId: person.id, kind: c.kind }));
    // currentConsent answers every kind, so both exist.
    const [was] = before.filter((s) => s.kind === c.kind);
    const [state] = after.filter((s) => s.kind === c.kind);
    // The first record is a change too: consumers learn of a refusal even though "not granted"
    // was already the default.
    if (was.decision === null || was.granted !== state.granted) {
      await announce(m, opts.topic, PeopleEvents.consentChanged, person.id, {
        personId: person.id,
        kind: c.kind,
        granted: state.granted,
      });
    }
    return { consent: record, state, errors: [] };
  });
}
