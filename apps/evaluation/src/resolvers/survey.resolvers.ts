import { GraphQLError } from 'graphql';
import { forbidden, isUuid, payloadOf, payloadWith } from '@ekst/subgraph-kit';
import { annotateStudentVoice } from '../use-cases/annotate-student-voice.use-case';
import { listStudentVoices } from '../use-cases/student-voices.query';
import { reachReport } from '../use-cases/reach-report.query';
import { hasRole } from '@ekst/auth';
import { In } from 'typeorm';
import type { Resolvers } from '../__generated__/resolvers-types';
import { INSTRUMENT_REGISTRY, listInstruments } from '../domain/instruments';
import { reminderCountScope, reportScope, seesUnpublishedSummaries } from '../domain/report-access';
import { REFLECTION_QUESTION } from '../domain/scoring/custom';
import { noteReadScope } from '../domain/focus-group';
import { ImpactSummaryEntity } from '../entities/impact-summary.entity';
import { SurveyEntity } from '../entities/survey.entity';
import { createSurvey } from '../use-cases/create-survey.use-case';
import { listFocusGroupNotes, themeCounts } from '../use-cases/focus-group-notes.query';
import { impactCsv } from '../use-cases/impact-csv';
import { CI_METHOD, impactReport } from '../use-cases/impact-report.query';
import { openSurvey } from '../use-cases/open-survey.use-case';
import { publishImpactSummary } from '../use-cases/publish-impact-summary.use-case';
import { recordFocusGroupNote } from '../use-cases/record-focus-group-note.use-case';
import { submitSurveyResponse } from '../use-cases/submit-survey-response.use-case';
import { swapReflectionEvidence } from '../use-cases/swap-reflection-evidence.query';
import type { ImpactReportModel } from './schema.mappers';

export const resolvers: Resolvers = {
  Query: {
    surveys: (_root, { eventId }, ctx) => (isUuid(eventId) ? ctx.surveysByEvent.load(eventId) : []),
    survey: (_root, { id }, ctx) => ctx.surveyById.load(id),
    instruments: () => listInstruments(),
    mySurveys: async (_root, _args, ctx) => {
      if (ctx.caller.kind !== 'person') return [];
      const rows = (await ctx.dataSource.query(
        `SELECT i.token, i.responded_at, i.survey_id FROM survey_invitation i
         JOIN survey s ON s.id = i.survey_id
         WHERE i.person_id = $1 AND s.status IN ('OPEN','CLOSED')
         ORDER BY i.invited_at DESC`,
        [ctx.caller.subject],
      )) as Array<{ token: string; responded_at: Date | null; survey_id: string }>;
      if (rows.length === 0) return [];
      const surveys = await ctx.dataSource
        .getRepository(SurveyEntity)
        .findBy({ id: In(rows.map((r) => r.survey_id)) });
      const byId = new Map(surveys.map((s) => [s.id, s]));
      return rows.flatMap((r) => {
        const survey = byId.get(r.survey_id);
        return survey ? [{ survey, token: r.token, respondedAt: r.responded_at }] : [];
      });
    },
    impactReport: async (_root, { academicYear, groupBy, partnerId }, ctx) => {
      const scope = reportScope(ctx.caller, partnerId ?? null);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      if (partnerId && !isUuid(partnerId)) throw forbidden('Unknown partner');
      const partner = scope.kind === 'partner' ? scope.partnerId : null;
      const cells = await impactReport(ctx.dataSource, groupBy, {
        academicYears: academicYear === null || academicYear === undefined ? null : [academicYear],
        partnerIds: partner ? [partner] : null,
      });
      return { grouping: groupBy, academicYear: academicYear ?? null, partnerId: partner, cells };
    },
    impactSummaries: async (_root, _args, ctx) => {
      if (hasRole(ctx.caller, 'STUDENT') && ctx.caller.roles.length === 1)
        throw forbidden('Students answer their own surveys only');
      const all = seesUnpublishedSummaries(ctx.caller);
      const summaries = await ctx.dataSource.getRepository(ImpactSummaryEntity).find({
        order: { academicYear: 'DESC' },
      });
      const visible = summaries.filter((s) => all || s.publishedAt !== null);
      return Promise.all(
        visible.map(async (s) => ({
          academicYear: s.academicYear,
          publishedAt: s.publishedAt,
          report: {
            grouping: 'AIM' as const,
            academicYear: s.academicYear,
            partnerId: null,
            cells: await impactReport(ctx.dataSource, 'AIM', { academicYears: [s.academicYear] }),
          },
        })),
      );
    },
    focusGroupNotes: (_root, args, ctx) => {
      const scope = noteReadScope(ctx.caller);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      if (scope.kind === 'partner' && args.partnerId && args.partnerId !== scope.partnerId)
        throw forbidden("Heads and champions read their own partner's notes only");
      return listFocusGroupNotes(ctx.dataSource, scope, args);
    },
    themes: (_root, { academicYear }, ctx) => {
      const scope = noteReadScope(ctx.caller);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      return themeCounts(ctx.dataSource, scope, academicYear);
    },
    reachReport: (_root, { academicYear }, ctx) => {
      const scope = reportScope(ctx.caller, null);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      if (academicYear < 2000 || academicYear > 2100)
        throw new GraphQLError('academicYear must be a year such as 2025', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      return reachReport(ctx.dataSource, academicYear, scope);
    },
    studentVoices: (_root, args, ctx) => {
      const scope = reportScope(ctx.caller, null);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      if (scope.kind === 'partner' && args.partnerId && args.partnerId !== scope.partnerId)
        throw forbidden("Heads and champions read their own school's quotes only");
      return listStudentVoices(ctx.dataSource, scope, args);
    },
    swapReflectionEvidence: (_root, { academicYear, partnerId }, ctx) => {
      const scope = reportScope(ctx.caller, partnerId ?? null);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      if (partnerId && !isUuid(partnerId)) throw forbidden('Unknown partner');
      return swapReflectionEvidence(ctx.dataSource, scope, academicYear);
    },
  },
  Mutation: {
    annotateStudentVoice: (_root, { input }, ctx) =>
      annotateStudentVoice(ctx.deps, input).then(payloadOf('voice')),
    recordFocusGroupNote: (_root, { input }, ctx) =>
      recordFocusGroupNote(ctx.deps, input).then(payloadOf('note')),
    createSurvey: (_root, { input }, ctx) =>
      createSurvey(ctx.deps, input).then(payloadOf('survey')),
    openSurvey: (_root, { id }, ctx) => openSurvey(ctx.deps, id).then(payloadOf('survey')),
    submitSurveyResponse: (_root, { input }, ctx) =>
      submitSurveyResponse(ctx.deps, input).then(payloadWith({ accepted: false })),
    publishImpactSummary: (_root, { academicYear }, ctx) =>
      publishImpactSummary(ctx.deps, academicYear).then(payloadOf('summary')),
  },
  Survey: {
    __resolveReference: (ref, ctx) => ctx.surveyById.load(ref.id),
    event: (s) => ({ id: s.eventId }),
    opensAt: (s) => s.opensAt.toISOString(),
    closesAt: (s) => s.closesAt.toISOString(),
    createdAt: (s) => s.createdAt.toISOString(),
    licenceNotice: (s) => INSTRUMENT_REGISTRY[s.instrument].licenceNotice,
    itemCount: (s) => INSTRUMENT_REGISTRY[s.instrument].itemCount,
    reflectionQuestion: () => REFLECTION_QUESTION,
    items: (s) => {
      const { items, scaleLabels, responseScale } = INSTRUMENT_REGISTRY[s.instrument];
      const scale = scaleLabels.map((label, n) => ({ value: responseScale.min + n, label }));
      return items.map((text, n) => ({ position: n + 1, text, scale }));
    },
    // Nullable fields: a caller without the right gets null and one FORBIDDEN error for the
    // field, and keeps the rest of the survey (and the list it is in).
    invitedCount: async (s, _args, ctx) => {
      const scope = reminderCountScope(ctx.caller);
      if (scope.kind === 'none') throw forbidden(scope.reason);
      return (await ctx.invitationCounts.load(s.id)).invited;
    },
    nonResponderCount: async (s, _args, ctx) => {
      const scope = reminderCountScope(ctx.caller);
      if (scope.kind === 'none') throw forbidden(scope.reason);
      const c = await ctx.invitationCounts.load(s.id);
      return c.invited - c.responded;
    },
  },
  MySurvey: {
    respondedAt: (m) => m.respondedAt?.toISOString() ?? null,
  },
  InstrumentInfo: {
    scoreMin: (i) => i.scoreRange.min,
    scoreMax: (i) => i.scoreRange.max,
  },
  ImpactCell: {
    licenceNotice: (c) => INSTRUMENT_REGISTRY[c.instrument].licenceNotice,
  },
  ImpactReport: {
    method: () => CI_METHOD,
    csv: (r: ImpactReportModel) => impactCsv(r.cells),
  },
  ReachRow: {
    partner: (r) => (r.partnerId ? { id: r.partnerId } : null),
    studentsReached: (r) => r.values.STUDENTS_REACHED,
    reachedOnce: (r) => r.values.REACHED_ONCE,
    reachedTwoPlus: (r) => r.values.REACHED_TWO_PLUS,
    reachedFourPlus: (r) => r.values.REACHED_FOUR_PLUS,
    attendances: (r) => r.values.ATTENDANCES,
    noShowStudents: (r) => r.values.NO_SHOW_STUDENTS,
    noShows: (r) => r.values.NO_SHOWS,
    placesUsed: (r) => r.values.PLACES_USED,
    quotaPlacesUsed: (r) => r.values.QUOTA_PLACES_USED,
  },
  StudentVoice: {
    event: (v) => ({ id: v.eventId }),
    partner: (v) => (v.partnerId ? { id: v.partnerId } : null),
  },
  FocusGroupNote: {
    event: (n) => (n.eventId ? { id: n.eventId } : null),
    partner: (n) => (n.partnerId ? { id: n.partnerId } : null),
    recordedAt: (n) => n.recordedAt.toISOString(),
  },
  ImpactSummary: {
    publishedAt: (s) => s.publishedAt?.toISOString() ?? null,
  },
  Event: {
    __resolveReference: (ref) => ({ id: ref.id }),
    surveys: (e, _args, ctx) => ctx.surveysByEvent.load(e.id),
    evaluation: async (e, _args, ctx) =>
      reportScope(ctx.caller, null).kind === 'forbidden'
        ? null
        : { cells: await ctx.evaluationByEvent.load(e.id) },
  },
  Partner: {
    __resolveReference: (ref) => ({ id: ref.id }),
    impact: (p, { academicYear }, ctx) => {
      const scope = reportScope(ctx.caller, p.id);
      if (scope.kind === 'forbidden') throw forbidden(scope.reason);
      return ctx.impactByPartnerYear.load(`${academicYear}:${p.id}`);
    },
  },
};
