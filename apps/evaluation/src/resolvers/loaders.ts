import { createByIdLoader, createGroupLoader } from '@ekst/subgraph-kit';
import type { BaseContext } from '@ekst/subgraph-kit';
import { In } from 'typeorm';
import type { EvaluationContext } from '../context';
import { visibleSurveyStatuses } from '../domain/survey';
import { SurveyEntity } from '../entities/survey.entity';

export function createLoaders(base: BaseContext): Omit<EvaluationContext, keyof BaseContext> {
  const visible = [...visibleSurveyStatuses(base.caller)];
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
  };
}
