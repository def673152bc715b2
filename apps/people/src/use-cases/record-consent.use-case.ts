import { randomUUID } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  signInFirst,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { consentInputSchema, currentConsent } from '../domain/consent-state';
import type { ConsentKind, ConsentState } from '../domain/consent-state';
import { isOwnDecision, ownConsentIssues, ownGiver } from '../domain/own-consent';
import {
  canSeePerson,
  mayDecideOwnConsent,
  mayRecordConsent,
  personScopeFor,
} from '../domain/person-visibility';
import { ConsentRecordEntity } from '../entities/consent-record.entity';
import { PersonEntity } from '../entities/person.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';

export interface ConsentDecided {
  consent: ConsentRecordEntity;
  state: ConsentState;
}

const FORBIDDEN_OTHERS =
  "Only the coordinator, or a head or champion of the person's partner, can record consent";
const FORBIDDEN_OWN_GRANT =
  'You can refuse or withdraw your own consent; granting it is recorded by your school';

/**
 * Records one consent decision (a refusal or withdrawal is a record too) and, when the derived
 * state of that kind changes, announces ConsentChanged (person, kind, granted: nothing else).
 * Staff (the coordinator, a head or champion of the person's partner) record any decision; the
 * person themself only their own refusal or withdrawal (own-consent.ts). Someone the caller
 * cannot see is NOT_FOUND, exactly like an unknown id; someone they see but may not decide for
 * is FORBIDDEN.
 */
export async function recordConsent(
  deps: PeopleDeps,
  { input }: { input: { personId: string } & Record<string, unknown> },
): Promise<PeopleResult<ConsentDecided>> {
  if (!isUuid(input.personId)) return rejected(noSuchPerson('personId'));
  return decide(deps, { ...input, personId: input.personId.toLowerCase() }, false);
}

/**
 * The signed-in person withdraws their own consent of one kind: a new record (STUDENT or SELF,
 * ONLINE, now), for data processing from the notice version they last decided on unless named.
 */
export async function withdrawOwnConsent(
  deps: PeopleDeps,
  args: { kind: ConsentKind; noticeVersion?: string | null },
): Promise<PeopleResult<ConsentDecided>> {
  const { caller } = deps;
  if (caller.kind !== 'person') return signInFirst();
  if (!isUuid(caller.subject)) return rejected(noSuchPerson(null));
  return decide(
    deps,
    {
      personId: caller.subject.toLowerCase(),
      kind: args.kind,
      decision: 'WITHDRAWN',
      method: 'ONLINE',
      ...(args.noticeVersion != null ? { noticeVersion: args.noticeVersion } : {}),
    },
    true,
  );
}

/** `fillOwn`: withdrawMyConsent fills in who decides and which notice from what is stored. */
async function decide(
  deps: PeopleDeps,
  input: { personId: string } & Record<string, unknown>,
  fillOwn: boolean,
): Promise<PeopleResult<ConsentDecided>> {
  const { caller } = deps;
  const now = deps.clock.now();
  return deps.transaction(async ({ manager: m, outbox }): Promise<PeopleResult<ConsentDecided>> => {
    // Locks the person, so two records for one person are derived one after the other.
    const person = await m
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: input.personId })
      .getOne();
    // Someone the caller may not see is answered like no one at all: FORBIDDEN would tell them
    // the id exists.
    if (!person || !canSeePerson(personScopeFor(caller), person))
      return rejected(noSuchPerson('personId'));
    const staff = mayRecordConsent(caller, person);
    // A person deciding for themself (not as staff) may only say no: see own-consent.ts.
    const own = !staff && mayDecideOwnConsent(caller, person);
    if (!staff && !own) return refused(FORBIDDEN_OTHERS);
    if (own && !isOwnDecision(input.decision)) return refused(FORBIDDEN_OWN_GRANT);
    const student = person.roles.includes('STUDENT');
    const repo = m.getRepository(ConsentRecordEntity);
    const records = await repo.findBy({ personId: person.id });
    const before = currentConsent(records);
    const filled = { ...input };
    if (fillOwn) {
      // withdrawMyConsent: who is the person, and which notice they are withdrawing from.
      filled.givenBy ??= ownGiver(student);
      filled.noticeVersion ??= before.find((b) => b.kind === input.kind)?.noticeVersion ?? null;
    }
    const parsed = consentInputSchema(student, now).safeParse(filled);
    if (!parsed.success) {
      const errors = userErrorsFromZod(parsed.error.issues).map((e) =>
        e.field === 'givenBy' && filled.givenBy == null
          ? userError('CONSENT_GIVER_REQUIRED', e.message, 'givenBy')
          : e,
      );
      return rejectedAll(errors);
    }
    if (own) {
      const issues = ownConsentIssues(student, {
        givenBy: filled.givenBy,
        method: filled.method,
        givenAt: filled.givenAt,
      });
      if (issues.length > 0) {
        return rejectedAll(issues.map((i) => userError('INVALID', i.message, i.field)));
      }
    }
    const c = parsed.data;
    const givenBy = c.givenBy;
    if (!givenBy) return rejectedAll([]); // the schema above refuses this
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
    const after = currentConsent([...records, record]);
    // currentConsent answers every kind, so both exist.
    const [was] = before.filter((s) => s.kind === c.kind);
    const [state] = after.filter((s) => s.kind === c.kind);
    // The first record is a change too: consumers learn of a refusal even though "not granted"
    // was already the default.
    if (was.decision === null || was.granted !== state.granted) {
      await outbox.append(PeopleEvents.consentChanged, person.id, {
        personId: person.id,
        kind: c.kind,
        granted: state.granted,
      });
    }
    return done({ consent: record, state });
  });
}
