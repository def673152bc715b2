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
        },
        scalars: { Pence: 'number' },
      },
    },
  },
};
export default config;
