import { MESSAGING_DATA_POLICIES, RETENTION_RUN_DATA_POLICY } from '@ekst/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubgraphModule } from '@ekst/subgraph-kit';
import { gql } from 'graphql-tag';
import type { EvaluationContext } from './context';
import { FocusGroupNoteEntity } from './entities/focus-group-note.entity';
import { EventProjectionEntity } from './entities/event-projection.entity';
import { EventRegistrationEntity } from './entities/event-registration.entity';
import { PartnerProjectionEntity } from './entities/partner-projection.entity';
import { AttendanceDoseEntity } from './entities/attendance-dose.entity';
import { ImpactSummaryEntity } from './entities/impact-summary.entity';
import { PersonProjectionEntity } from './entities/person-projection.entity';
import { SurveyInvitationEntity } from './entities/survey-invitation.entity';
import { SurveyResponseEntity } from './entities/survey-response.entity';
import { SurveyEntity } from './entities/survey.entity';
import { SwapCompletionEntity } from './entities/swap-completion.entity';
import { SwapReflectionEntity } from './entities/swap-reflection.entity';
import { handlers } from './events';
import { surveyWindowsJob } from './jobs/survey-windows.job';
import { migrations } from './migrations';
import { StudentVoiceAnnotationEntity } from './entities/student-voice-annotation.entity';
import { createLoaders } from './resolvers/loaders';
import { resolvers } from './resolvers/survey.resolvers';
// --- school year ---
import { personDoseResolvers } from './resolvers/person-dose.resolvers';
import { annualReportRoutes } from './report/annual-report.routes';
import { EVALUATION_SUBJECT_ACCESS } from './subject-access';

export const evaluationModule: SubgraphModule<EvaluationContext> = {
  name: 'evaluation',
  // --- data rights (issue 20) ---
  subjectAccess: EVALUATION_SUBJECT_ACCESS,
  typeDefs: gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: {
    ...resolvers,
    ...personDoseResolvers,
  } as SubgraphModule<EvaluationContext>['resolvers'],
  entities: [
    SurveyEntity,
    EventProjectionEntity,
    PartnerProjectionEntity,
    PersonProjectionEntity,
    AttendanceDoseEntity,
    SurveyInvitationEntity,
    SurveyResponseEntity,
    ImpactSummaryEntity,
    FocusGroupNoteEntity,
    SwapReflectionEntity,
    SwapCompletionEntity,
    StudentVoiceAnnotationEntity,
    EventRegistrationEntity,
  ],
  migrations,
  subscribesTo: ['partners-governance', 'events', 'people', 'teacher-swap'],
  handlers,
  jobs: [surveyWindowsJob],
  dataPolicies: [
    ...MESSAGING_DATA_POLICIES,
    // --- data rights (issue 20) ---
    RETENTION_RUN_DATA_POLICY,
    { table: 'survey', personalData: false, note: 'survey definitions, no responses' },
    { table: 'partner_projection', personalData: false, note: 'organisations, not people' },
    { table: 'event_projection', personalData: false, note: 'the programme' },
    { table: 'impact_summary', personalData: false, note: 'publication dates of yearly summaries' },
    {
      table: 'swap_completion',
      personalData: false,
      note: 'completed teacher swaps and the schools in them; the teachers are not kept',
    },
    {
      table: 'person_projection',
      personalData: true,
      action: 'keep',
      reason:
        "a mirror of people's register (partner, roles, year group; no name), kept while people keeps the person",
      onErasure: 'delete',
    },
    {
      table: 'attendance_dose',
      personalData: true,
      action: 'delete',
      retainDays: 800,
      ageColumn: 'recorded_at',
      basis:
        'dose per student for the dose-response analysis of the academic year and the next annual report',
      onErasure: 'delete',
    },
    {
      table: 'person_year_attendance',
      personalData: true,
      action: 'keep',
      reason:
        "each student's attendance per academic year, counted from attendance_dose by triggers as it is written (issue 15: reports at national scale); a row goes when the last attendance it counts goes (retention, erasure), so it is never kept longer than that",
      onErasure: 'delete',
    },
    {
      table: 'impact_pair',
      personalData: true,
      action: 'keep',
      reason:
        "each paired POST response's change with its respondent, partner, event and year, kept from survey_response, survey_invitation and the projections by triggers (issue 15: the impact report at national scale); it names a person exactly while their invitation does, so erasure and retention of invitations reach it",
      onErasure: 'anonymise',
    },
    {
      table: 'erased_person',
      personalData: true,
      action: 'keep',
      reason:
        'a SHA-256 of the id of someone erased (never the id), so that a late event never brings their registration back (a suppression list)',
      onErasure: 'keep',
    },
    {
      table: 'event_registration',
      personalData: true,
      action: 'delete',
      retainDays: 800,
      ageColumn: 'updated_at',
      basis:
        'who holds a place at which event (ids and a status, from events): PRE surveys invite exactly them; kept as long as the invitations it leads to',
      onErasure: 'delete',
    },
    {
      table: 'survey_invitation',
      personalData: true,
      action: 'delete',
      retainDays: 800,
      ageColumn: 'invited_at',
      basis:
        "the only link between a person and their answers: reminders, one response per token, and pre/post pairing for two annual reports; deleting one nulls its response's invitation_id (ON DELETE SET NULL), so the answer stays as anonymous evidence",
      onErasure: 'anonymise',
    },
    {
      table: 'survey_response',
      personalData: true,
      action: 'keep',
      reason:
        'pseudonymous answers kept for aggregate statistics; they reach a person only through survey_invitation, which erasure unlinks and retention deletes (invitation_id becomes null, the answer stays)',
      onErasure: 'anonymise',
    },
    {
      table: 'focus_group_note',
      personalData: true,
      action: 'delete',
      retainDays: 5 * 365,
      ageColumn: 'recorded_at',
      basis:
        "notes describe groups (a count, never names), but free text may mention a student by accident and recorded_by is a staff member's id; kept five years, the span of the partnership's impact reviews",
      // Erasure clears recorded_by. The summary is free text that is not searched: evaluation
      // never holds names, so it cannot find one in it; retention is what bounds an accidental
      // mention.
      onErasure: 'anonymise',
    },
    {
      table: 'student_voice_annotation',
      personalData: false,
      note: "the coordinator's theme tags and publishable flag on a pseudonymous quote; no person, no author; deleted with the response",
    },
    {
      table: 'swap_reflection',
      personalData: true,
      action: 'delete',
      retainDays: 5 * 365,
      ageColumn: 'received_at',
      basis:
        "that a teacher reflected on a swap and which aims it served (no text): evidence for the partnership's impact reviews, kept five years as focus-group notes",
      // Erasure clears teacher_id; the partner, date and aims stay as anonymous evidence.
      onErasure: 'anonymise',
    },
  ],
  // The annual impact report as a file (HTML, PDF), served by the gateway at /reports/annual/.
  routes: annualReportRoutes,
  createContext: (base) => ({ ...base, ...createLoaders(base) }),
};
