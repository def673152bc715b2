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
          Event: '../resolvers/schema.mappers#EventRef',
          InstrumentInfo: '../domain/instruments#InstrumentDefinition',
          Partner: '../resolvers/schema.mappers#PartnerRef',
          MySurvey: '../resolvers/schema.mappers#MySurveyModel',
          ImpactReport: '../resolvers/schema.mappers#ImpactReportModel',
          EventEvaluation: '../resolvers/schema.mappers#EventEvaluationModel',
          ImpactSummary: '../resolvers/schema.mappers#ImpactSummaryModel',
          ImpactCell: '../resolvers/schema.mappers#ImpactCellModel',
          FocusGroupNote: '../entities/focus-group-note.entity#FocusGroupNoteEntity',
          FocusGroupNoteConnection: '../use-cases/focus-group-notes.query#FocusGroupNotePage',
          StudentVoice: '../use-cases/student-voices.query#StudentVoiceModel',
          ReachReport: '../use-cases/reach-report.query#ReachReportModel',
          ReachRow: '../use-cases/reach-report.query#ReachRowModel',
          StudentVoiceConnection: '../use-cases/student-voices.query#StudentVoicePage',
          // --- school year ---
          Person: '../resolvers/person-dose.resolvers#PersonRef',
        },
      },
    },
  },
};
export default config;
