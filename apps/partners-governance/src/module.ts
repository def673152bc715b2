import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createByIdLoader,
  MESSAGING_DATA_POLICIES,
  operationsRoot,
  RETENTION_RUN_DATA_POLICY,
} from '@ekst/subgraph-kit';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { PartnersContext } from './context';
import { PartnerEntity } from './entities/partner.entity';
import { migrations } from './migrations';
import { loadPartners, resolvers } from './resolvers/partner.resolvers';
import { AssociateApplicationEntity, ContributionEntity } from './entities/associate.entity';
import { MembershipPeriodEntity } from './entities/membership-period.entity';
import { MouSignatureEntity, MouVersionEntity } from './entities/mou.entity';
import { AimEntity, PriorityEntity } from './entities/priority.entity';
import { TermCalendarEntryEntity } from './entities/term-calendar.entity';
import { GOVERNANCE_CORE_DATA_POLICIES } from './governance-core.data-policies';
import { createGovernanceLoaders } from './resolvers/governance.loaders';
// --- groups, meetings, proposals ---
import { ActionItemEntity } from './entities/action-item.entity';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { GovernanceGroupEntity } from './entities/governance-group.entity';
import { GovernancePersonEntity } from './entities/governance-person.entity';
import { GroupMembershipEntity } from './entities/group-membership.entity';
import { MeetingAttendanceEntity } from './entities/meeting-attendance.entity';
import { MeetingDecisionEntity } from './entities/meeting-decision.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { StudentVoiceProposalEntity } from './entities/student-voice-proposal.entity';
import { handlers as governanceHandlers } from './events/people.handlers';
import { governanceResolvers } from './resolvers/groups.resolvers';

const GOVERNANCE_ENTITIES = [
  GovernancePersonEntity,
  GovernanceGroupEntity,
  GroupMembershipEntity,
  MeetingEntity,
  AgendaItemEntity,
  MeetingAttendanceEntity,
  MeetingDecisionEntity,
  ActionItemEntity,
  StudentVoiceProposalEntity,
];

/** Root types merged field by field; each other type belongs to one resolver map. */
function mergeResolvers<R extends Record<string, object>>(...maps: R[]): R {
  const out: Record<string, object> = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map))
      out[type] = { ...(out[type] ?? {}), ...fields };
  return out as R;
}
// --- finance ---
import { FINANCE_DATA_POLICIES, FINANCE_ENTITIES } from './finance.module-part';
import { financeResolvers } from './resolvers/finance.resolvers';
// --- API keys ---
import { apiKeyRoutes } from './api-keys/api-keys.routes';
import { processApiKeySettings } from './config';
import { ApiKeyEntity } from './entities/api-key.entity';
import { apiKeyResolvers } from './resolvers/api-key.resolvers';
import { PARTNERS_GOVERNANCE_SUBJECT_ACCESS } from './subject-access';

export const partnersGovernanceModule: SubgraphModule<PartnersContext> = {
  name: 'partners-governance',
  // --- data rights (issue 20) ---
  subjectAccess: PARTNERS_GOVERNANCE_SUBJECT_ACCESS,
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: mergeResolvers(
    resolvers as Record<string, object>,
    // --- groups, meetings, proposals ---
    governanceResolvers as Record<string, object>,
    // --- finance ---
    financeResolvers as Record<string, object>,
    // --- API keys ---
    apiKeyResolvers as Record<string, object>,
    // --- operations (dead letters per service; each subgraph adds its field through the kit) ---
    { Query: { operations: operationsRoot } },
  ) as SubgraphModule<PartnersContext>['resolvers'],
  entities: [
    PartnerEntity,
    // --- membership, MoU, calendars (pg-core) ---
    MembershipPeriodEntity,
    AssociateApplicationEntity,
    ContributionEntity,
    MouVersionEntity,
    MouSignatureEntity,
    TermCalendarEntryEntity,
    AimEntity,
    PriorityEntity,
    // --- groups, meetings, proposals ---
    ...GOVERNANCE_ENTITIES,
    // --- finance ---
    ...FINANCE_ENTITIES,
    // --- API keys ---
    ApiKeyEntity,
  ],
  migrations,
  // --- groups, meetings, proposals --- (people: who may sit in which group)
  subscribesTo: ['people'],
  handlers: [...governanceHandlers],
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    // --- data rights (issue 20) ---
    RETENTION_RUN_DATA_POLICY,
    { table: 'partner', personalData: false, note: 'organisations, not people' },
    // --- membership, MoU, calendars (pg-core) ---
    ...GOVERNANCE_CORE_DATA_POLICIES,
    // --- groups, meetings, proposals ---
    {
      table: 'governance_person',
      personalData: true,
      action: 'keep',
      reason: 'pseudonymous id, partner and roles to check memberships; follows the people service',
      onErasure: 'delete',
    },
    { table: 'governance_group', personalData: false, note: 'the groups and their quorum rules' },
    {
      table: 'group_membership',
      personalData: true,
      action: 'keep',
      reason: 'who sat in which group when: the partnership’s governance record under its MoU',
      onErasure: 'delete',
    },
    { table: 'meeting', personalData: false, note: 'when and where a group met' },
    {
      table: 'agenda_item',
      personalData: false,
      note: 'agenda and minutes of governance business; minutes name roles, not children',
    },
    {
      table: 'meeting_attendance',
      personalData: true,
      action: 'keep',
      reason: 'who attended a governance meeting: the quorum record of its decisions',
      onErasure: 'delete',
    },
    {
      table: 'meeting_decision',
      personalData: true,
      action: 'keep',
      reason: 'the governance record; only the pseudonymous id of who recorded it',
      onErasure: 'anonymise',
    },
    {
      table: 'action_item',
      personalData: true,
      action: 'keep',
      reason: 'what the group asked whom to do; the owner’s pseudonymous id only',
      onErasure: 'anonymise',
    },
    {
      table: 'student_voice_proposal',
      personalData: true,
      action: 'delete',
      retainDays: 3 * 365,
      ageColumn: 'created_at',
      basis: 'students’ ideas with their ids; three years covers the event and its evaluation',
      onErasure: 'anonymise',
    },
    // --- finance ---
    ...FINANCE_DATA_POLICIES,
    // --- API keys ---
    {
      table: 'api_key',
      personalData: true,
      action: 'keep',
      reason:
        "an organisation's credential (name, scopes, keyed hash); created_by/revoked_by are the coordinators' pseudonymous ids, the security audit of who gave a partner access and who withdrew it",
      onErasure: 'keep',
    },
  ],
  createContext: (base) => ({
    ...base,
    partnerById: createByIdLoader((ids) => loadPartners(base, ids)),
    ...createGovernanceLoaders(base),
    // --- API keys ---
    apiKeyDeps: { ...base.deps, apiKeys: processApiKeySettings() },
  }),
  routes: (router, deps) => apiKeyRoutes(router, deps),
};
