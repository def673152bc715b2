import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/partners-governance/src/schema.graphql',
  generates: {
    'apps/partners-governance/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#PartnersContext',
        mappers: {
          Partner: '../entities/partner.entity#PartnerEntity',
          // --- membership, MoU, calendars (pg-core) ---
          MouVersion: '../entities/mou.entity#MouVersionEntity',
          MouSignature: '../entities/mou.entity#MouSignatureEntity',
          AssociateApplication: '../entities/associate.entity#AssociateApplicationEntity',
          Contribution: '../entities/associate.entity#ContributionEntity',
          Priority: '../entities/priority.entity#PriorityEntity',
          PartnershipAim: '../entities/priority.entity#AimEntity',
          // --- groups, meetings, proposals ---
          GovernanceGroup: '../entities/governance-group.entity#GovernanceGroupEntity',
          GroupMembership: '../entities/group-membership.entity#GroupMembershipEntity',
          Meeting: '../entities/meeting.entity#MeetingEntity',
          AgendaItem: '../entities/agenda-item.entity#AgendaItemEntity',
          MeetingAttendance: '../entities/meeting-attendance.entity#MeetingAttendanceEntity',
          Decision: '../entities/meeting-decision.entity#MeetingDecisionEntity',
          ActionItem: '../entities/action-item.entity#ActionItemEntity',
          StudentVoiceProposal:
            '../entities/student-voice-proposal.entity#StudentVoiceProposalEntity',
          // --- finance ---
          FinancePeriod: '../entities/finance-period.entity#FinancePeriodEntity',
          BudgetLine: '../use-cases/finance/finance-views#BudgetLineView',
          LevyInvoice: '../use-cases/finance/finance-views#LevyInvoiceView',
          LevyPayment: '../entities/finance-levy-payment.entity#FinanceLevyPaymentEntity',
          OtherIncome: '../use-cases/finance/finance-views#OtherIncomeView',
          Expense: '../use-cases/finance/finance-views#ExpenseView',
          FinanceReport: '../use-cases/finance/finance-views#FinanceReportView',
          BudgetLineFigures: '../use-cases/finance/finance-views#BudgetLineFiguresView',
          PartnerLevyFigures: '../domain/finance/finance-report#LevyFigures',
          FinanceAuditEntry: '../use-cases/finance/finance-views#FinanceAuditEntryView',
          // --- API keys ---
          ApiKey: '../entities/api-key.entity#ApiKeyEntity',
        },
        scalars: { Pence: 'number' },
      },
    },
  },
};
export default config;
