import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { SurveyEntity } from './entities/survey.entity';
import type { ImpactCell } from './use-cases/impact-report.query';

/** Per-request loaders: one SQL query per batch of keys. */
export interface EvaluationContext extends BaseContext {
  surveyById: DataLoader<string, SurveyEntity | null>;
  /** only the surveys the caller may see */
  surveysByEvent: DataLoader<string, SurveyEntity[]>;
  /** invited and answered counts per survey */
  invitationCounts: DataLoader<string, { invited: number; responded: number }>;
  /** event id → its impact cells, within the caller's report scope (checked by the resolver) */
  evaluationByEvent: DataLoader<string, ImpactCell[]>;
  /** `${academicYear}:${partnerId}` → that partner's impact cells */
  impactByPartnerYear: DataLoader<string, ImpactCell[]>;
}
