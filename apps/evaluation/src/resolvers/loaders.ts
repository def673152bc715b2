import { createByIdLoader, createGroupLoader, isUuid } from '@ekst/subgraph-kit';
import type { BaseContext } from '@ekst/subgraph-kit';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EvaluationContext } from '../context';
import { reminderCountScope, reportScope } from '../domain/report-access';
import { visibleSurveyStatuses } from '../domain/survey';
import { SurveyEntity } from '../entities/survey.entity';
import { impactReport } from '../use-cases/impact-report.query';
import type { ImpactCell } from '../use-cases/impact-report.query';

export function createLoaders(base: BaseContext): Omit<EvaluationContext, keyof BaseContext> {
  const visible = [...visibleSurveyStatuses(base.caller)];
  const scope = reportScope(base.caller, null);
  const scopePartners = scope.kind === 'partner' ? [scope.partnerId] : null;
  const reminders = reminderCountScope(base.caller);
  return {
    surveyById: createByIdLoader((ids) =>
      base.dataSource.getRepository(SurveyEntity).findBy({ id: In(ids), status: In(visible) }),
    ),
    surveysByEvent: createGroupLoader(
      (eventIds) =>
        base.dataSource.getRepository(SurveyEntity).find({
          where: { eventId: In(eventIds), status: In(visible) },
          // 'POST' > 'PRE' alphabetically, so DESC puts the baseline first.
          order: { phase: 'DESC', createdAt: 'ASC' },
        }),
      (s) => s.eventId,
    ),
    // Scoped by the caller (reminderCountScope): a head or champion counts their own school's
    // invitees only, through evaluation's person projection; an erased invitee counts for nobody
    // but the coordinator. Callers with no scope never reach this loader.
    invitationCounts: new DataLoader(async (surveyIds) => {
      const partnerId = reminders.kind === 'partner' ? reminders.partnerId : null;
      const rows = (await base.dataSource.query(
        `SELECT i.survey_id, count(*)::int AS invited, count(i.responded_at)::int AS responded
         FROM survey_invitation i
         WHERE i.survey_id = ANY($1::uuid[])
           AND ($2::uuid IS NULL OR EXISTS (
             SELECT 1 FROM person_projection p WHERE p.id = i.person_id AND p.partner_id = $2::uuid))
         GROUP BY i.survey_id`,
        [surveyIds, partnerId],
      )) as Array<{ survey_id: string; invited: number; responded: number }>;
      const by = new Map(rows.map((r) => [r.survey_id, r]));
      return surveyIds.map((id) => by.get(id) ?? { invited: 0, responded: 0 });
    }),
    evaluationByEvent: new DataLoader(async (eventIds) => {
      const valid = eventIds.filter(isUuid);
      const cells = valid.length
        ? await impactReport(base.dataSource, 'EVENT', {
            academicYears: null,
            eventIds: valid,
            partnerIds: scopePartners,
          })
        : [];
      return eventIds.map((id) => cells.filter((c) => c.groupKey === id));
    }),
    impactByPartnerYear: new DataLoader(async (keys) => {
      // Usually one year per request: one query per distinct year, all partners at once.
      const byYear = new Map<number, string[]>();
      for (const k of keys) {
        const [year, partnerId] = k.split(':');
        if (isUuid(partnerId))
          byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), partnerId]);
      }
      const cells: ImpactCell[] = [];
      for (const [year, partnerIds] of byYear) {
        cells.push(
          ...(await impactReport(base.dataSource, 'PARTNER', {
            academicYears: [year],
            partnerIds,
          })),
        );
      }
      return keys.map((k) => {
        const [year, partnerId] = k.split(':');
        return cells.filter((c) => c.academicYear === Number(year) && c.groupKey === partnerId);
      });
    }),
  };
}
