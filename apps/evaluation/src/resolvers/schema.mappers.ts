import type { ImpactCell, ImpactGrouping } from '../use-cases/impact-report.query';
import type { SurveyEntity } from '../entities/survey.entity';

/** Entities owned by other subgraphs: evaluation only knows, and returns, their keys. */
export interface EventRef {
  id: string;
}
export interface PartnerRef {
  id: string;
}

/** Resolver parents of evaluation's value types. */
export interface MySurveyModel {
  survey: SurveyEntity;
  token: string;
  respondedAt: Date | null;
}
export interface ImpactReportModel {
  grouping: ImpactGrouping;
  academicYear: number | null;
  partnerId: string | null;
  cells: ImpactCell[];
}
export interface EventEvaluationModel {
  cells: ImpactCell[];
}
export interface ImpactSummaryModel {
  academicYear: number;
  publishedAt: Date | null;
  report: ImpactReportModel;
}
export type ImpactCellModel = ImpactCell;
