import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/evaluation/src/schema.graphql',
  generates: {
    'apps/evaluation/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#EvaluationContext',
        mappers: {
          Survey: '../entities/survey.entity#SurveyEntity',
          Event: '../resolvers/references#EventRef',
          InstrumentInfo: '../domain/instruments#InstrumentDefinition',
          Partner: '../resolvers/references#PartnerRef',
          MySurvey: '../resolvers/references#MySurveyModel',
          ImpactReport: '../resolvers/references#ImpactReportModel',
          EventEvaluation: '../resolvers/references#EventEvaluationModel',
          ImpactSummary: '../resolvers/references#ImpactSummaryModel',
          ImpactCell: '../resolvers/references#ImpactCellModel',
          FocusGroupNote: '../entities/focus-group-note.entity#FocusGroupNoteEntity',
          FocusGroupNoteConnection: '../use-cases/focus-group-notes.query#FocusGroupNotePage',
        },
      },
    },
  },
};
export default config;
