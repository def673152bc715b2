import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@ekst/auth';
import {
  ACCESS_LOG_DATA_POLICY,
  createByIdLoader,
  createGroupLoader,
  MESSAGING_DATA_POLICIES,
  RETENTION_RUN_DATA_POLICY,
} from '@ekst/subgraph-kit';
import type { DataPolicy, SubgraphModule } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import { gql } from 'graphql-tag';
import { In } from 'typeorm';
import { processSigner } from './auth/signer';
import type { PeopleContext } from './context';
import { EVENT_CONTACT_DAYS_AFTER_END, personScopeFor } from './domain/person-visibility';
import { AccountEntity } from './entities/account.entity';
import { ConsentRecordEntity } from './entities/consent-record.entity';
import {
  EventRegistrationProjectionEntity,
  EventRoleProjectionEntity,
} from './entities/event-participation.entity';
import { EventProjectionEntity } from './entities/event-projection.entity';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { PersonEntity } from './entities/person.entity';
import { SafeguardingCheckEntity } from './entities/safeguarding-check.entity';
import { SessionEntity } from './entities/session.entity';
import { SessionRevocationEntity } from './entities/session-revocation.entity';
import { SignInCodeEntity } from './entities/sign-in-code.entity';
import { SignInThrottleEntity } from './entities/sign-in-throttle.entity';
import { handlers } from './events';
import { internalRoutes, publicRoutes } from './http/routes';
import { migrations } from './migrations';
import { resolvers as personResolvers } from './resolvers/person.resolvers';
// --- roster import, rollover ---
import { leaverErasureJob } from './jobs/leaver-erasure.job';
import { RolloverRunEntity } from './entities/rollover-run.entity';
import { rosterMutationResolvers, rosterResolvers } from './resolvers/roster.resolvers';
// --- data rights (issue 20) ---
import { dataRightsResolvers } from './resolvers/data-rights.resolvers';
import {
  rectificationMutationResolvers,
  rectificationResolvers,
} from './resolvers/rectification.resolvers';
import { RectificationRequestEntity } from './entities/rectification-request.entity';

const resolvers = {
  ...personResolvers,
  Query: {
    ...personResolvers.Query,
    ...rosterResolvers.Query,
    ...dataRightsResolvers.Query,
    ...rectificationResolvers.Query,
  },
  Mutation: {
    ...personResolvers.Mutation,
    ...rosterMutationResolvers,
    ...rectificationMutationResolvers,
  },
  RectificationRequest: rectificationResolvers.RectificationRequest,
  Person: { ...personResolvers.Person, ...rosterResolvers.Person },
  RolloverGroup: rosterResolvers.RolloverGroup,
};
import { loadPeopleOfPartners } from './use-cases/list-people.use-case';
import { loadPeopleWithEventLinks } from './use-cases/load-people.query';
import { PEOPLE_SUBJECT_ACCESS } from './subject-access';

const DAY = 1;
const YEAR = 365;

/** What this service keeps about people, table by table (tested: every table has an entry). */
export const PEOPLE_DATA_POLICIES: DataPolicy[] = [
  ...MESSAGING_DATA_POLICIES,
  { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
  {
    table: 'event_projection',
    personalData: false,
    note: 'programme items (host, end, status), not people',
  },
  {
    table: 'event_registration_projection',
    personalData: true,
    action: 'delete',
    retainDays: EVENT_CONTACT_DAYS_AFTER_END,
    ageColumn: 'event_ends_at',
    basis:
      "who is registered where, only so an event's organisers and host staff see its registrants' names; gone when that window closes, the set number of days after the event",
    onErasure: 'delete',
  },
  {
    table: 'event_role_projection',
    personalData: true,
    action: 'delete',
    retainDays: EVENT_CONTACT_DAYS_AFTER_END,
    ageColumn: 'event_ends_at',
    basis:
      'who runs which event, only so they see its registrants and registrants see them; gone when that window closes, the set number of days after the event',
    onErasure: 'delete',
  },
  {
    table: 'person',
    personalData: true,
    action: 'keep',
    reason:
      'the people register: kept while the person takes part; removed by erasure on request, and a Year 13 leaver (left_on) is erased everywhere LEAVER_RETENTION_DAYS (365) after leaving by the leaver-erasure job',
    onErasure: 'delete',
  },
  {
    table: 'password_reset',
    personalData: true,
    action: 'delete',
    retainDays: 7,
    ageColumn: 'created_at',
    basis:
      'a reset request (person id, secret hash, expiry): valid one hour, kept a week for abuse checks',
    onErasure: 'delete',
  },
  {
    table: 'account',
    personalData: true,
    action: 'keep',
    reason: 'a password hash, kept while the person has an account; deleted with the person',
    onErasure: 'delete',
  },
  {
    table: 'sign_in_throttle',
    personalData: true,
    action: 'delete',
    retainDays: 1 * DAY,
    ageColumn: 'updated_at',
    basis:
      'hashed e-mail and failed attempts, only to stop password guessing; a lock-out lasts 15 minutes',
    onErasure: 'delete',
  },
  {
    table: 'sign_in_code',
    personalData: true,
    action: 'delete',
    retainDays: 7 * DAY,
    ageColumn: 'expires_at',
    basis: 'hashed single-use codes, valid 15 minutes; a week after expiry for support questions',
    onErasure: 'delete',
  },
  {
    table: 'session',
    personalData: true,
    action: 'delete',
    retainDays: 7 * DAY,
    ageColumn: 'expires_at',
    basis:
      'who is signed in (hashed refresh token); a week after the session ends for security investigations',
    onErasure: 'delete',
  },
  {
    table: 'session_revocation',
    personalData: true,
    action: 'delete',
    retainDays: 2 * DAY,
    ageColumn: 'revoked_at',
    basis:
      'random session ids the gateway must refuse; no access token outlives a day, so neither does the list',
    onErasure: 'none',
  },
  {
    table: 'consent_record',
    personalData: true,
    action: 'keep',
    reason:
      'evidence of consent (and refusals) for as long as the person takes part: it is what permits photos, trips and processing',
    onErasure: 'delete',
  },
  {
    table: 'safeguarding_check',
    personalData: true,
    action: 'delete',
    retainDays: 6 * YEAR,
    ageColumn: 'checked_on',
    basis:
      'safer-recruitment evidence that an adult working with children was checked: kept 6 years from the check, also after erasure (without the person) in case a concern about past activities is raised',
    onErasure: 'anonymise',
  },
  // --- roster import, rollover ---
  {
    table: 'rollover_run',
    personalData: false,
    note: 'which academic years were rolled over, with counts; no people',
  },
  // --- data rights (issue 20) ---
  ACCESS_LOG_DATA_POLICY,
  RETENTION_RUN_DATA_POLICY,
  {
    table: 'rectification_request',
    personalData: true,
    action: 'delete',
    retainDays: 3 * YEAR,
    ageColumn: 'handled_at',
    basis:
      'corrections asked for (the field, the value asked for, why), who asked and who handled them how: evidence that a data-rights request was answered, three years after it was handled; an open request is kept until it is handled',
    onErasure: 'delete',
  },
];

export const peopleModule: SubgraphModule<PeopleContext> = {
  name: 'people',
  // --- data rights (issue 20) ---
  subjectAccess: PEOPLE_SUBJECT_ACCESS,
  accessLog: true,
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as SubgraphModule<PeopleContext>['resolvers'],
  entities: [
    PersonEntity,
    PartnerProjectionEntity,
    AccountEntity,
    SignInThrottleEntity,
    SignInCodeEntity,
    SessionEntity,
    SessionRevocationEntity,
    ConsentRecordEntity,
    SafeguardingCheckEntity,
    EventProjectionEntity,
    EventRegistrationProjectionEntity,
    EventRoleProjectionEntity,
    // --- roster import, rollover ---
    RolloverRunEntity,
    // --- data rights (issue 20) ---
    RectificationRequestEntity,
  ],
  migrations,
  jobs: [leaverErasureJob],
  subscribesTo: ['partners-governance', 'events'],
  handlers,
  dataPolicies: PEOPLE_DATA_POLICIES,
  publicRoutes: (router) => publicRoutes(router),
  routes: (router, deps) => internalRoutes(router, deps),
  createContext: (base) => {
    const scope = personScopeFor(base.caller);
    const byRole = new Map<Role | null, DataLoader<string, PersonEntity[]>>();
    return {
      ...base,
      scope,
      personById: createByIdLoader((ids) =>
        loadPeopleWithEventLinks(base.dataSource, ids, base.caller, scope, new Date()),
      ),
      peopleOfPartner: (role) => {
        let loader = byRole.get(role);
        if (!loader) {
          loader = createGroupLoader(
            (partnerIds) => loadPeopleOfPartners(base.dataSource, scope, partnerIds, role),
            (p) => p.partnerId,
          );
          byRole.set(role, loader);
        }
        return loader;
      },
      consentRecordsOf: createGroupLoader(
        (ids) =>
          base.dataSource
            .getRepository(ConsentRecordEntity)
            .find({ where: { personId: In(ids) }, order: { givenAt: 'DESC', recordedAt: 'DESC' } }),
        (r) => r.personId,
      ),
      safeguardingChecksOf: createGroupLoader(
        (ids) =>
          base.dataSource
            .getRepository(SafeguardingCheckEntity)
            .find({ where: { personId: In(ids) }, order: { checkedOn: 'DESC' } }),
        // loaded by person id, so never null here
        (c) => c.personId ?? '',
      ),
      deps: { ...base.deps, signer: processSigner },
    };
  },
};
