import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { SurveyEntity } from './entities/survey.entity';

/** Per-request loaders: one SQL query per batch of keys. */
export interface EvaluationContext extends BaseContext {
  surveyById: DataLoader<string, SurveyEntity | null>;
  /** only the surveys the caller may see */
  surveysByEvent: DataLoader<string, SurveyEntity[]>;
}
