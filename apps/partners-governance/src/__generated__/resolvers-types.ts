import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartnerEntity } from '../entities/partner.entity';
import type { FinancePeriodEntity } from '../entities/finance-period.entity';
import type { BudgetLineView, LevyInvoiceView, OtherIncomeView, ExpenseView, FinanceReportView, BudgetLineFiguresView, FinanceAuditEntryView } from '../use-cases/finance/finance-views';
import type { FinanceLevyPaymentEntity } from '../entities/finance-levy-payment.entity';
import type { LevyFigures } from '../domain/finance/finance-report';
import type { PartnersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Money: whole pence as a JSON number (1250 is £12.50), never a float. An input that is not a whole
   * number, is negative (or zero where an amount must be positive), or is above 1000000000 (£10m) is
   * refused with `INVALID` naming its field, and nothing is written. A scalar rather than `Int` so
   * such input reaches the rules and comes back as a typed `UserError` with its field (an `Int`
   * variable would fail the whole request before any rule runs), and so totals are not capped at
   * `Int`'s 2^31 − 1.
   */
  Pence: { input: number; output: number; }
  _FieldSet: { input: any; output: any; }
};

/** A heading of the year's budget (coordinator salary, transport, ...). */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** The year the line belongs to. */
  academicYear: Scalars['String']['output'];
  /** What the year's budget sets aside for it. */
  budgetedPence: Scalars['Pence']['output'];
  /** Short and unique within the year, e.g. TRANSPORT. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One budget line's figures. */
export type BudgetLineFigures = {
  __typename?: 'BudgetLineFigures';
  actualPence: Scalars['Pence']['output'];
  budgetLine: BudgetLine;
  budgetedPence: Scalars['Pence']['output'];
  committedPence: Scalars['Pence']['output'];
  /** budgeted − committed − actual; negative when overspent. */
  remainingPence: Scalars['Pence']['output'];
};

/** The result of a change to a budget line. */
export type BudgetLinePayload = {
  __typename?: 'BudgetLinePayload';
  budgetLine?: Maybe<BudgetLine>;
  errors: Array<UserError>;
};

/** The budget lines added up. */
export type BudgetTotals = {
  __typename?: 'BudgetTotals';
  actualPence: Scalars['Pence']['output'];
  budgetedPence: Scalars['Pence']['output'];
  committedPence: Scalars['Pence']['output'];
  remainingPence: Scalars['Pence']['output'];
};

export type CreateBudgetLineInput = {
  /** An OPEN period's academic year. */
  academicYear: Scalars['String']['input'];
  /** Zero or more. */
  budgetedPence: Scalars['Pence']['input'];
  /** 1–20 capital letters, digits, - or _; unique within the year. */
  code: Scalars['String']['input'];
  /** 2–120 characters. */
  name: Scalars['String']['input'];
};

export type CreateFinancePeriodInput = {
  /** e.g. 2026-27 (the second year follows the first). */
  academicYear: Scalars['String']['input'];
  /** ISO date, after startsOn. */
  endsOn: Scalars['String']['input'];
  /** ISO date. */
  startsOn: Scalars['String']['input'];
};

export type CreateLevyInvoiceInput = {
  /** An OPEN period's academic year. */
  academicYear: Scalars['String']['input'];
  /** More than zero. */
  amountPence: Scalars['Pence']['input'];
  /** ISO date, on or after issuedOn. */
  dueOn: Scalars['String']['input'];
  /** ISO date. */
  issuedOn: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  /** 1–40 characters, unique (ignoring case). */
  reference: Scalars['String']['input'];
};

export type CreatePartnerInput = {
  /** ISO date; defaults to today. */
  joinedOn?: InputMaybe<Scalars['String']['input']>;
  kind: PartnerKind;
  /** Degrees, within the UK (49.8 to 60.9); give both or neither. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Degrees, within the UK (-8.7 to 1.8); give both or neither. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  town: Scalars['String']['input'];
};

export type CreatePartnerPayload = {
  __typename?: 'CreatePartnerPayload';
  errors: Array<UserError>;
  partner?: Maybe<Partner>;
};

/** The result of deleting a finance record. */
export type DeleteFinanceRecordPayload = {
  __typename?: 'DeleteFinanceRecordPayload';
  /** The id of the record deleted; null when refused. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** Spending against a budget line. */
export type Expense = {
  __typename?: 'Expense';
  academicYear: Scalars['String']['output'];
  amountPence: Scalars['Pence']['output'];
  budgetLine: BudgetLine;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO date it was ordered or paid. */
  incurredOn: Scalars['String']['output'];
  /** The organisation paid (a coach company, a venue), never a private individual's name. */
  payee: Scalars['String']['output'];
  status: ExpenseStatus;
};

/** The result of a change to an expense. */
export type ExpensePayload = {
  __typename?: 'ExpensePayload';
  errors: Array<UserError>;
  expense?: Maybe<Expense>;
};

/** Whether an expense is only ordered or already paid. */
export type ExpenseStatus =
  /** Ordered, not yet paid: counts as committed. */
  | 'COMMITTED'
  /** Paid: counts as actual spending. */
  | 'PAID';

/** What a finance audit entry records. */
export type FinanceAuditAction =
  /** A period was closed. */
  | 'CLOSE'
  /** A record was created. */
  | 'CREATE'
  /** A record was deleted (its last state is in before). */
  | 'DELETE'
  /** A period was reopened. */
  | 'REOPEN'
  /** A record was changed. */
  | 'UPDATE';

/**
 * One change to finance data, from the append-only audit log: the database refuses to update or
 * delete it (kept seven years, the statutory six after the end of its financial year).
 */
export type FinanceAuditEntry = {
  __typename?: 'FinanceAuditEntry';
  academicYear: Scalars['String']['output'];
  action: FinanceAuditAction;
  /**
   * The person who made the change, resolved by people (their name is never copied into finance);
   * null for an API key, and null from people once the person is erased or hidden from the caller.
   */
  actor?: Maybe<Person>;
  /** The person (or API key) who made the change: an id, never a name; it stays after erasure. */
  actorId: Scalars['ID']['output'];
  /** The actor's roles at the time. */
  actorRoles: Array<Scalars['String']['output']>;
  /** The record after the change as JSON text; null for DELETE. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp, set by the database. */
  at: Scalars['String']['output'];
  /** The record before the change as JSON text; null for CREATE. */
  before?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: FinanceEntityType;
  /** A sequence number: the log reads in the order it was written. */
  id: Scalars['ID']['output'];
};

/** A page of the finance audit log. */
export type FinanceAuditEntryConnection = {
  __typename?: 'FinanceAuditEntryConnection';
  edges: Array<FinanceAuditEntryEdge>;
  pageInfo: PageInfo;
};

/** One audit entry on a page. */
export type FinanceAuditEntryEdge = {
  __typename?: 'FinanceAuditEntryEdge';
  /** Opaque; pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  node: FinanceAuditEntry;
};

/** The kinds of finance record. */
export type FinanceEntityType =
  /** A budget line. */
  | 'BUDGET_LINE'
  /** An expense. */
  | 'EXPENSE'
  /** A levy invoice. */
  | 'LEVY_INVOICE'
  /** A payment against a levy invoice. */
  | 'LEVY_PAYMENT'
  /** Other income. */
  | 'OTHER_INCOME'
  /** An academic-year period. */
  | 'PERIOD';

/**
 * An academic year of the partnership's finance, e.g. 2026-27. Visible to the Finance Group
 * (FINANCE role), heads and the coordinator only.
 */
export type FinancePeriod = {
  __typename?: 'FinancePeriod';
  /** e.g. 2026-27 */
  academicYear: Scalars['String']['output'];
  /** By code. */
  budgetLines: Array<BudgetLine>;
  /** ISO 8601 timestamp of the last close, null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** ISO date, the last day of the year's accounts. */
  endsOn: Scalars['String']['output'];
  /** Newest first; optionally of one budget line or status. */
  expenses: Array<Expense>;
  id: Scalars['ID']['output'];
  /** By reference. */
  levyInvoices: Array<LevyInvoice>;
  /** Newest first. */
  otherIncome: Array<OtherIncome>;
  /** The year's figures. */
  report: FinanceReport;
  /** ISO date, the first day of the year's accounts. */
  startsOn: Scalars['String']['output'];
  status: FinancePeriodStatus;
};


/**
 * An academic year of the partnership's finance, e.g. 2026-27. Visible to the Finance Group
 * (FINANCE role), heads and the coordinator only.
 */
export type FinancePeriodExpensesArgs = {
  budgetLineId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ExpenseStatus>;
};

/** The result of a change to a finance period. */
export type FinancePeriodPayload = {
  __typename?: 'FinancePeriodPayload';
  errors: Array<UserError>;
  period?: Maybe<FinancePeriod>;
};

/** Whether a finance period's records can still change. */
export type FinancePeriodStatus =
  /** Read-only: every change is refused with PERIOD_CLOSED until the coordinator reopens it. */
  | 'CLOSED'
  /** Records can be created, changed and deleted. */
  | 'OPEN';

/**
 * A year's figures. Committed is spending ordered but not paid (COMMITTED expenses), actual is
 * spending paid (PAID); remaining is budgeted − committed − actual (negative when overspent).
 * Income counts when received. The balance is income received (levy payments + other income) −
 * expenses paid.
 */
export type FinanceReport = {
  __typename?: 'FinanceReport';
  academicYear: Scalars['String']['output'];
  /** incomeReceivedPence − expensesPaidPence. */
  balancePence: Scalars['Pence']['output'];
  /**
   * The report as CSV (RFC 4180, header row): columns section, key, name, measure, pence, pounds;
   * one row per figure, so every number above is in it once.
   */
  csv: Scalars['String']['output'];
  /** Expenses COMMITTED (ordered, not yet paid), shown beside the balance, not taken from it. */
  expensesCommittedPence: Scalars['Pence']['output'];
  /** Expenses PAID. */
  expensesPaidPence: Scalars['Pence']['output'];
  /** Levy payments + other income. */
  incomeReceivedPence: Scalars['Pence']['output'];
  /** Per partner invoiced, by partner id. */
  levies: Array<PartnerLevyFigures>;
  /** The levies added up. */
  levyTotals: LevyTotals;
  /** One row per budget line, by code. */
  lines: Array<BudgetLineFigures>;
  otherIncome: OtherIncomeFigures;
  periodStatus: FinancePeriodStatus;
  /** The lines added up. */
  totals: BudgetTotals;
};

/** A point in WGS84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

/** Other income of one source. */
export type IncomeBySource = {
  __typename?: 'IncomeBySource';
  amountPence: Scalars['Pence']['output'];
  source: IncomeSource;
};

/** Where income other than the levy came from. */
export type IncomeSource =
  /** Raised by the partnership's own fundraising. */
  | 'FUNDRAISING'
  /** A grant from a funder. */
  | 'GRANT'
  /** Anything else. */
  | 'OTHER'
  /** A sponsor's contribution. */
  | 'SPONSORSHIP';

/** A partner's levy for an academic year. */
export type LevyInvoice = {
  __typename?: 'LevyInvoice';
  academicYear: Scalars['String']['output'];
  amountPence: Scalars['Pence']['output'];
  /** ISO date, on or after issuedOn. */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO date. */
  issuedOn: Scalars['String']['output'];
  /** amountPence − paidPence. */
  outstandingPence: Scalars['Pence']['output'];
  /** Sum of the payments. */
  paidPence: Scalars['Pence']['output'];
  partner: Partner;
  /** Oldest first. */
  payments: Array<LevyPayment>;
  /** The invoice's reference, unique across years (ignoring case). */
  reference: Scalars['String']['output'];
  status: LevyInvoiceStatus;
};

/** The result of a change to a levy invoice. */
export type LevyInvoicePayload = {
  __typename?: 'LevyInvoicePayload';
  errors: Array<UserError>;
  levyInvoice?: Maybe<LevyInvoice>;
};

/** Derived from an invoice's payments. */
export type LevyInvoiceStatus =
  /** Paid in full. */
  | 'PAID'
  /** Paid in part. */
  | 'PART_PAID'
  /** Nothing paid yet. */
  | 'UNPAID';

/** A payment against a levy invoice; together they never exceed the invoice's amount. */
export type LevyPayment = {
  __typename?: 'LevyPayment';
  amountPence: Scalars['Pence']['output'];
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  method: PaymentMethod;
  /** ISO date the money arrived. */
  paidOn: Scalars['String']['output'];
};

/** The result of a change to a levy payment. */
export type LevyPaymentPayload = {
  __typename?: 'LevyPaymentPayload';
  errors: Array<UserError>;
  levyPayment?: Maybe<LevyPayment>;
};

/** All partners' levies for the year. */
export type LevyTotals = {
  __typename?: 'LevyTotals';
  invoicedPence: Scalars['Pence']['output'];
  outstandingPence: Scalars['Pence']['output'];
  receivedPence: Scalars['Pence']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes every record of the year read-only. */
  closeFinancePeriod: FinancePeriodPayload;
  /** Adds a budget line. Like every finance change: the Finance Group and the coordinator only, PERIOD_CLOSED in a closed period, audited. */
  createBudgetLine: BudgetLinePayload;
  /** Opens the accounts of an academic year (FINANCE_DUPLICATE if it exists). */
  createFinancePeriod: FinancePeriodPayload;
  /** Issues a partner's levy invoice. */
  createLevyInvoice: LevyInvoicePayload;
  /** Coordinator only. Announces PartnerJoined to every service. */
  createPartner: CreatePartnerPayload;
  /** Deletes a budget line with no expenses (IN_USE otherwise). */
  deleteBudgetLine: DeleteFinanceRecordPayload;
  /** Deletes an expense. */
  deleteExpense: DeleteFinanceRecordPayload;
  /** Deletes a levy invoice with no payments (IN_USE otherwise). */
  deleteLevyInvoice: DeleteFinanceRecordPayload;
  /** Deletes a payment recorded in error. */
  deleteLevyPayment: DeleteFinanceRecordPayload;
  /** Deletes other income. */
  deleteOtherIncome: DeleteFinanceRecordPayload;
  /** Records an expense against a budget line. */
  recordExpense: ExpensePayload;
  /** Records a payment against a levy invoice; an overpayment is refused (OVERPAYMENT). */
  recordLevyPayment: LevyPaymentPayload;
  /** Records income other than the levy. */
  recordOtherIncome: OtherIncomePayload;
  /** Coordinator only: reopens a closed year; the reason (2–500 characters) is kept in the audit log. */
  reopenFinancePeriod: FinancePeriodPayload;
  /** Changes a budget line. */
  updateBudgetLine: BudgetLinePayload;
  /** Changes an expense (e.g. COMMITTED to PAID). */
  updateExpense: ExpensePayload;
  /** Changes a levy invoice. */
  updateLevyInvoice: LevyInvoicePayload;
  /** Corrects a payment (OVERPAYMENT as recordLevyPayment). */
  updateLevyPayment: LevyPaymentPayload;
  /** Changes other income. */
  updateOtherIncome: OtherIncomePayload;
};


export type MutationCloseFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
};


export type MutationCreateBudgetLineArgs = {
  input: CreateBudgetLineInput;
};


export type MutationCreateFinancePeriodArgs = {
  input: CreateFinancePeriodInput;
};


export type MutationCreateLevyInvoiceArgs = {
  input: CreateLevyInvoiceInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationDeleteBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExpenseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLevyInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLevyPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOtherIncomeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordExpenseArgs = {
  input: RecordExpenseInput;
};


export type MutationRecordLevyPaymentArgs = {
  input: RecordLevyPaymentInput;
};


export type MutationRecordOtherIncomeArgs = {
  input: RecordOtherIncomeInput;
};


export type MutationReopenFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateBudgetLineArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBudgetLineInput;
};


export type MutationUpdateExpenseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExpenseInput;
};


export type MutationUpdateLevyInvoiceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLevyInvoiceInput;
};


export type MutationUpdateLevyPaymentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLevyPaymentInput;
};


export type MutationUpdateOtherIncomeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOtherIncomeInput;
};

/** Income other than levies. A restricted fund may be spent only on its stated purpose. */
export type OtherIncome = {
  __typename?: 'OtherIncome';
  academicYear: Scalars['String']['output'];
  amountPence: Scalars['Pence']['output'];
  /** What it is (the funder or appeal): organisations, never a private individual's name. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO date. */
  receivedOn: Scalars['String']['output'];
  /** True for a restricted fund. */
  restricted: Scalars['Boolean']['output'];
  /** What a restricted fund may be spent on; null when unrestricted. */
  restrictedPurpose?: Maybe<Scalars['String']['output']>;
  source: IncomeSource;
};

/** Other income for the year. */
export type OtherIncomeFigures = {
  __typename?: 'OtherIncomeFigures';
  /** Per source present, by source. */
  bySource: Array<IncomeBySource>;
  /** In restricted funds. */
  restrictedPence: Scalars['Pence']['output'];
  totalPence: Scalars['Pence']['output'];
  /** Not restricted. */
  unrestrictedPence: Scalars['Pence']['output'];
};

/** The result of a change to other income. */
export type OtherIncomePayload = {
  __typename?: 'OtherIncomePayload';
  errors: Array<UserError>;
  otherIncome?: Maybe<OtherIncome>;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A member of the partnership: a school, the university, or an associate partner from the community.
 * Owned by partners-governance; other subgraphs contribute fields to it.
 */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  /** ISO date (YYYY-MM-DD) the partner joined. */
  joinedOn: Scalars['String']['output'];
  kind: PartnerKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  /** ISO date the partner left, if it has. */
  leftOn?: Maybe<Scalars['String']['output']>;
  /** The site as one point, null when not recorded: teacher swaps measure travel distance from it. */
  location?: Maybe<GeoPoint>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Derived from kind: teacher swaps pair state and independent sectors. */
  sector: Sector;
  status: PartnerStatus;
  town: Scalars['String']['output'];
};

export type PartnerKind =
  | 'ASSOCIATE'
  | 'INDEPENDENT'
  | 'SELECTIVE'
  | 'STATE'
  | 'UNIVERSITY';

/** One partner's levies for the year. */
export type PartnerLevyFigures = {
  __typename?: 'PartnerLevyFigures';
  invoicedPence: Scalars['Pence']['output'];
  outstandingPence: Scalars['Pence']['output'];
  partner: Partner;
  receivedPence: Scalars['Pence']['output'];
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'LEFT';

/** How a levy was paid. */
export type PaymentMethod =
  /** A bank transfer (BACS). */
  | 'BANK_TRANSFER'
  /** A card payment. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** A cheque. */
  | 'CHEQUE'
  /** Anything else. */
  | 'OTHER';

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The finance audit log of one academic year in the order it was written, optionally of one kind
   * of record. The Finance Group, heads and the coordinator; others get null with FORBIDDEN.
   * `first` defaults to 50 and `first` is capped at 200; `after` is the `endCursor` of the previous
   * page.
   */
  financeAuditLog?: Maybe<FinanceAuditEntryConnection>;
  /** One academic year's finance (null when there is no such period); FORBIDDEN as financePeriods. */
  financePeriod?: Maybe<FinancePeriod>;
  /** Finance periods, newest first. The Finance Group, heads and the coordinator; others get null with FORBIDDEN. */
  financePeriods?: Maybe<Array<FinancePeriod>>;
  /** One academic year's figures (null when there is no such period); FORBIDDEN as financePeriods. */
  financeReport?: Maybe<FinanceReport>;
  partner?: Maybe<Partner>;
  /** Partners, by name. Visible to every signed-in caller: it is organisational, not personal, data. */
  partners: Array<Partner>;
};


export type QueryFinanceAuditLogArgs = {
  academicYear: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<FinanceEntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFinancePeriodArgs = {
  academicYear: Scalars['String']['input'];
};


export type QueryFinanceReportArgs = {
  academicYear: Scalars['String']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  status?: InputMaybe<PartnerStatus>;
};

export type RecordExpenseInput = {
  /** More than zero. */
  amountPence: Scalars['Pence']['input'];
  /** A budget line of an OPEN period; the expense belongs to that line's year. */
  budgetLineId: Scalars['ID']['input'];
  /** 2–200 characters. */
  description: Scalars['String']['input'];
  /** ISO date. */
  incurredOn: Scalars['String']['input'];
  /** 2–120 characters: the organisation paid. */
  payee: Scalars['String']['input'];
  status: ExpenseStatus;
};

export type RecordLevyPaymentInput = {
  /** More than zero; with earlier payments, at most the invoice's amount. */
  amountPence: Scalars['Pence']['input'];
  /** An invoice in an OPEN period. */
  invoiceId: Scalars['ID']['input'];
  method: PaymentMethod;
  /** ISO date the money arrived. */
  paidOn: Scalars['String']['input'];
};

export type RecordOtherIncomeInput = {
  /** An OPEN period's academic year. */
  academicYear: Scalars['String']['input'];
  /** More than zero. */
  amountPence: Scalars['Pence']['input'];
  /** 2–200 characters: the funder or appeal, never a private individual's name. */
  description: Scalars['String']['input'];
  /** ISO date. */
  receivedOn: Scalars['String']['input'];
  /** True for a restricted fund, which then needs restrictedPurpose. */
  restricted: Scalars['Boolean']['input'];
  /** 2–200 characters; required for a restricted fund, absent otherwise. */
  restrictedPurpose?: InputMaybe<Scalars['String']['input']>;
  source: IncomeSource;
};

export type Sector =
  | 'COMMUNITY'
  | 'HIGHER_EDUCATION'
  | 'INDEPENDENT'
  | 'STATE';

/** Fields left out keep their value. */
export type UpdateBudgetLineInput = {
  /** Zero or more. */
  budgetedPence?: InputMaybe<Scalars['Pence']['input']>;
  /** 1–20 capital letters, digits, - or _; unique within the year. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 2–120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; a COMMITTED expense becomes PAID with status PAID. */
export type UpdateExpenseInput = {
  /** More than zero. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** Another budget line of the same year. */
  budgetLineId?: InputMaybe<Scalars['ID']['input']>;
  /** 2–200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  incurredOn?: InputMaybe<Scalars['String']['input']>;
  /** 2–120 characters. */
  payee?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ExpenseStatus>;
};

/** Fields left out keep their value. The amount may not fall below what has been paid. */
export type UpdateLevyInvoiceInput = {
  /** More than zero, and at least what has been paid. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** ISO date, on or after issuedOn. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–40 characters, unique (ignoring case). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value. */
export type UpdateLevyPaymentInput = {
  /** More than zero; with the other payments, at most the invoice's amount. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  method?: InputMaybe<PaymentMethod>;
  /** ISO date. */
  paidOn?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; to make a fund unrestricted send restricted false and restrictedPurpose null. */
export type UpdateOtherIncomeInput = {
  /** More than zero. */
  amountPence?: InputMaybe<Scalars['Pence']['input']>;
  /** 2–200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  /** True for a restricted fund, which then needs restrictedPurpose. */
  restricted?: InputMaybe<Scalars['Boolean']['input']>;
  /** 2–200 characters; required for a restricted fund, null otherwise. */
  restrictedPurpose?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<IncomeSource>;
};

/** A problem with a mutation's input, returned as data so a client can show it by the field. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/**
 * Why partners-governance refused a mutation's input. Every subgraph declares the codes it returns
 * under this one name; the graph's enum is their union.
 */
export type UserErrorCode =
  /** A partner with this name (ignoring case) already exists. */
  | 'DUPLICATE'
  /** A finance record with this natural key already exists (a period for the academic year, a budget line code in the year, an invoice reference). */
  | 'FINANCE_DUPLICATE'
  /** A field breaks its rule (format, range, length, or a combination of fields); `field` names it and `message` says how. */
  | 'INVALID'
  /** The record is still used by others (a budget line with expenses, an invoice with payments): remove those first. */
  | 'IN_USE'
  /** Nothing with this id that the caller may see (a missing record and a hidden one are not told apart); `field` names the id. */
  | 'NOT_FOUND'
  /** The payment would take the levy invoice past its amount; `message` says by how much. */
  | 'OVERPAYMENT'
  /** The finance period (academic year) is closed: its records are read-only until the coordinator reopens it. */
  | 'PERIOD_CLOSED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BudgetLine: ResolverTypeWrapper<BudgetLineView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BudgetLineFigures: ResolverTypeWrapper<BudgetLineFiguresView>;
  BudgetLinePayload: ResolverTypeWrapper<Omit<BudgetLinePayload, 'budgetLine'> & { budgetLine?: Maybe<ResolversTypes['BudgetLine']> }>;
  BudgetTotals: ResolverTypeWrapper<BudgetTotals>;
  CreateBudgetLineInput: CreateBudgetLineInput;
  CreateFinancePeriodInput: CreateFinancePeriodInput;
  CreateLevyInvoiceInput: CreateLevyInvoiceInput;
  CreatePartnerInput: CreatePartnerInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreatePartnerPayload: ResolverTypeWrapper<Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversTypes['Partner']> }>;
  DeleteFinanceRecordPayload: ResolverTypeWrapper<DeleteFinanceRecordPayload>;
  Expense: ResolverTypeWrapper<ExpenseView>;
  ExpensePayload: ResolverTypeWrapper<Omit<ExpensePayload, 'expense'> & { expense?: Maybe<ResolversTypes['Expense']> }>;
  ExpenseStatus: ExpenseStatus;
  FinanceAuditAction: FinanceAuditAction;
  FinanceAuditEntry: ResolverTypeWrapper<FinanceAuditEntryView>;
  FinanceAuditEntryConnection: ResolverTypeWrapper<Omit<FinanceAuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['FinanceAuditEntryEdge']> }>;
  FinanceAuditEntryEdge: ResolverTypeWrapper<Omit<FinanceAuditEntryEdge, 'node'> & { node: ResolversTypes['FinanceAuditEntry'] }>;
  FinanceEntityType: FinanceEntityType;
  FinancePeriod: ResolverTypeWrapper<FinancePeriodEntity>;
  FinancePeriodPayload: ResolverTypeWrapper<Omit<FinancePeriodPayload, 'period'> & { period?: Maybe<ResolversTypes['FinancePeriod']> }>;
  FinancePeriodStatus: FinancePeriodStatus;
  FinanceReport: ResolverTypeWrapper<FinanceReportView>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  IncomeBySource: ResolverTypeWrapper<IncomeBySource>;
  IncomeSource: IncomeSource;
  LevyInvoice: ResolverTypeWrapper<LevyInvoiceView>;
  LevyInvoicePayload: ResolverTypeWrapper<Omit<LevyInvoicePayload, 'levyInvoice'> & { levyInvoice?: Maybe<ResolversTypes['LevyInvoice']> }>;
  LevyInvoiceStatus: LevyInvoiceStatus;
  LevyPayment: ResolverTypeWrapper<FinanceLevyPaymentEntity>;
  LevyPaymentPayload: ResolverTypeWrapper<Omit<LevyPaymentPayload, 'levyPayment'> & { levyPayment?: Maybe<ResolversTypes['LevyPayment']> }>;
  LevyTotals: ResolverTypeWrapper<LevyTotals>;
  Mutation: ResolverTypeWrapper<{}>;
  OtherIncome: ResolverTypeWrapper<OtherIncomeView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OtherIncomeFigures: ResolverTypeWrapper<OtherIncomeFigures>;
  OtherIncomePayload: ResolverTypeWrapper<Omit<OtherIncomePayload, 'otherIncome'> & { otherIncome?: Maybe<ResolversTypes['OtherIncome']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerEntity>;
  PartnerKind: PartnerKind;
  PartnerLevyFigures: ResolverTypeWrapper<LevyFigures>;
  PartnerStatus: PartnerStatus;
  PaymentMethod: PaymentMethod;
  Pence: ResolverTypeWrapper<Scalars['Pence']['output']>;
  Person: ResolverTypeWrapper<Person>;
  Query: ResolverTypeWrapper<{}>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RecordExpenseInput: RecordExpenseInput;
  RecordLevyPaymentInput: RecordLevyPaymentInput;
  RecordOtherIncomeInput: RecordOtherIncomeInput;
  Sector: Sector;
  UpdateBudgetLineInput: UpdateBudgetLineInput;
  UpdateExpenseInput: UpdateExpenseInput;
  UpdateLevyInvoiceInput: UpdateLevyInvoiceInput;
  UpdateLevyPaymentInput: UpdateLevyPaymentInput;
  UpdateOtherIncomeInput: UpdateOtherIncomeInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BudgetLine: BudgetLineView;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  BudgetLineFigures: BudgetLineFiguresView;
  BudgetLinePayload: Omit<BudgetLinePayload, 'budgetLine'> & { budgetLine?: Maybe<ResolversParentTypes['BudgetLine']> };
  BudgetTotals: BudgetTotals;
  CreateBudgetLineInput: CreateBudgetLineInput;
  CreateFinancePeriodInput: CreateFinancePeriodInput;
  CreateLevyInvoiceInput: CreateLevyInvoiceInput;
  CreatePartnerInput: CreatePartnerInput;
  Float: Scalars['Float']['output'];
  CreatePartnerPayload: Omit<CreatePartnerPayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['Partner']> };
  DeleteFinanceRecordPayload: DeleteFinanceRecordPayload;
  Expense: ExpenseView;
  ExpensePayload: Omit<ExpensePayload, 'expense'> & { expense?: Maybe<ResolversParentTypes['Expense']> };
  FinanceAuditEntry: FinanceAuditEntryView;
  FinanceAuditEntryConnection: Omit<FinanceAuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['FinanceAuditEntryEdge']> };
  FinanceAuditEntryEdge: Omit<FinanceAuditEntryEdge, 'node'> & { node: ResolversParentTypes['FinanceAuditEntry'] };
  FinancePeriod: FinancePeriodEntity;
  FinancePeriodPayload: Omit<FinancePeriodPayload, 'period'> & { period?: Maybe<ResolversParentTypes['FinancePeriod']> };
  FinanceReport: FinanceReportView;
  GeoPoint: GeoPoint;
  IncomeBySource: IncomeBySource;
  LevyInvoice: LevyInvoiceView;
  LevyInvoicePayload: Omit<LevyInvoicePayload, 'levyInvoice'> & { levyInvoice?: Maybe<ResolversParentTypes['LevyInvoice']> };
  LevyPayment: FinanceLevyPaymentEntity;
  LevyPaymentPayload: Omit<LevyPaymentPayload, 'levyPayment'> & { levyPayment?: Maybe<ResolversParentTypes['LevyPayment']> };
  LevyTotals: LevyTotals;
  Mutation: {};
  OtherIncome: OtherIncomeView;
  Boolean: Scalars['Boolean']['output'];
  OtherIncomeFigures: OtherIncomeFigures;
  OtherIncomePayload: Omit<OtherIncomePayload, 'otherIncome'> & { otherIncome?: Maybe<ResolversParentTypes['OtherIncome']> };
  PageInfo: PageInfo;
  Partner: PartnerEntity;
  PartnerLevyFigures: LevyFigures;
  Pence: Scalars['Pence']['output'];
  Person: Person;
  Query: {};
  Int: Scalars['Int']['output'];
  RecordExpenseInput: RecordExpenseInput;
  RecordLevyPaymentInput: RecordLevyPaymentInput;
  RecordOtherIncomeInput: RecordOtherIncomeInput;
  UpdateBudgetLineInput: UpdateBudgetLineInput;
  UpdateExpenseInput: UpdateExpenseInput;
  UpdateLevyInvoiceInput: UpdateLevyInvoiceInput;
  UpdateLevyPaymentInput: UpdateLevyPaymentInput;
  UpdateOtherIncomeInput: UpdateOtherIncomeInput;
  UserError: UserError;
};

export type BudgetLineResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budgetedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetLineFiguresResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetLineFigures'] = ResolversParentTypes['BudgetLineFigures']> = {
  actualPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  budgetedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  committedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  remainingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetLinePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetLinePayload'] = ResolversParentTypes['BudgetLinePayload']> = {
  budgetLine?: Resolver<Maybe<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BudgetTotalsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['BudgetTotals'] = ResolversParentTypes['BudgetTotals']> = {
  actualPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  budgetedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  committedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  remainingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatePartnerPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['CreatePartnerPayload'] = ResolversParentTypes['CreatePartnerPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeleteFinanceRecordPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['DeleteFinanceRecordPayload'] = ResolversParentTypes['DeleteFinanceRecordPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpenseResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incurredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpensePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ExpensePayload'] = ResolversParentTypes['ExpensePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceAuditEntryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceAuditEntry'] = ResolversParentTypes['FinanceAuditEntry']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['FinanceAuditAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['FinanceEntityType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceAuditEntryConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceAuditEntryConnection'] = ResolversParentTypes['FinanceAuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FinanceAuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceAuditEntryEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceAuditEntryEdge'] = ResolversParentTypes['FinanceAuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FinanceAuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinancePeriodResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinancePeriod'] = ResolversParentTypes['FinancePeriod']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  budgetLines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType, Partial<FinancePeriodExpensesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levyInvoices?: Resolver<Array<ResolversTypes['LevyInvoice']>, ParentType, ContextType>;
  otherIncome?: Resolver<Array<ResolversTypes['OtherIncome']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['FinanceReport'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FinancePeriodStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinancePeriodPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinancePeriodPayload'] = ResolversParentTypes['FinancePeriodPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['FinancePeriod']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FinanceReportResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['FinanceReport'] = ResolversParentTypes['FinanceReport']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  balancePence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expensesCommittedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  expensesPaidPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  incomeReceivedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  levies?: Resolver<Array<ResolversTypes['PartnerLevyFigures']>, ParentType, ContextType>;
  levyTotals?: Resolver<ResolversTypes['LevyTotals'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BudgetLineFigures']>, ParentType, ContextType>;
  otherIncome?: Resolver<ResolversTypes['OtherIncomeFigures'], ParentType, ContextType>;
  periodStatus?: Resolver<ResolversTypes['FinancePeriodStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['BudgetTotals'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IncomeBySourceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['IncomeBySource'] = ResolversParentTypes['IncomeBySource']> = {
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncomeSource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyInvoiceResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyInvoice'] = ResolversParentTypes['LevyInvoice']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outstandingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  paidPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['LevyPayment']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LevyInvoiceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyInvoicePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyInvoicePayload'] = ResolversParentTypes['LevyInvoicePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  levyInvoice?: Resolver<Maybe<ResolversTypes['LevyInvoice']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyPaymentResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyPayment'] = ResolversParentTypes['LevyPayment']> = {
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyPaymentPayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyPaymentPayload'] = ResolversParentTypes['LevyPaymentPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  levyPayment?: Resolver<Maybe<ResolversTypes['LevyPayment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyTotalsResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['LevyTotals'] = ResolversParentTypes['LevyTotals']> = {
  invoicedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  outstandingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  receivedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeFinancePeriod?: Resolver<ResolversTypes['FinancePeriodPayload'], ParentType, ContextType, RequireFields<MutationCloseFinancePeriodArgs, 'academicYear'>>;
  createBudgetLine?: Resolver<ResolversTypes['BudgetLinePayload'], ParentType, ContextType, RequireFields<MutationCreateBudgetLineArgs, 'input'>>;
  createFinancePeriod?: Resolver<ResolversTypes['FinancePeriodPayload'], ParentType, ContextType, RequireFields<MutationCreateFinancePeriodArgs, 'input'>>;
  createLevyInvoice?: Resolver<ResolversTypes['LevyInvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateLevyInvoiceArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['CreatePartnerPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  deleteBudgetLine?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteBudgetLineArgs, 'id'>>;
  deleteExpense?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteExpenseArgs, 'id'>>;
  deleteLevyInvoice?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteLevyInvoiceArgs, 'id'>>;
  deleteLevyPayment?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteLevyPaymentArgs, 'id'>>;
  deleteOtherIncome?: Resolver<ResolversTypes['DeleteFinanceRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteOtherIncomeArgs, 'id'>>;
  recordExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationRecordExpenseArgs, 'input'>>;
  recordLevyPayment?: Resolver<ResolversTypes['LevyPaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordLevyPaymentArgs, 'input'>>;
  recordOtherIncome?: Resolver<ResolversTypes['OtherIncomePayload'], ParentType, ContextType, RequireFields<MutationRecordOtherIncomeArgs, 'input'>>;
  reopenFinancePeriod?: Resolver<ResolversTypes['FinancePeriodPayload'], ParentType, ContextType, RequireFields<MutationReopenFinancePeriodArgs, 'academicYear' | 'reason'>>;
  updateBudgetLine?: Resolver<ResolversTypes['BudgetLinePayload'], ParentType, ContextType, RequireFields<MutationUpdateBudgetLineArgs, 'id' | 'input'>>;
  updateExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationUpdateExpenseArgs, 'id' | 'input'>>;
  updateLevyInvoice?: Resolver<ResolversTypes['LevyInvoicePayload'], ParentType, ContextType, RequireFields<MutationUpdateLevyInvoiceArgs, 'id' | 'input'>>;
  updateLevyPayment?: Resolver<ResolversTypes['LevyPaymentPayload'], ParentType, ContextType, RequireFields<MutationUpdateLevyPaymentArgs, 'id' | 'input'>>;
  updateOtherIncome?: Resolver<ResolversTypes['OtherIncomePayload'], ParentType, ContextType, RequireFields<MutationUpdateOtherIncomeArgs, 'id' | 'input'>>;
};

export type OtherIncomeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OtherIncome'] = ResolversParentTypes['OtherIncome']> = {
  academicYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restrictedPurpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncomeSource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OtherIncomeFiguresResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OtherIncomeFigures'] = ResolversParentTypes['OtherIncomeFigures']> = {
  bySource?: Resolver<Array<ResolversTypes['IncomeBySource']>, ParentType, ContextType>;
  restrictedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  totalPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  unrestrictedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OtherIncomePayloadResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OtherIncomePayload'] = ResolversParentTypes['OtherIncomePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  otherIncome?: Resolver<Maybe<ResolversTypes['OtherIncome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']>, { __typename: 'Partner' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerStatus'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerLevyFiguresResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerLevyFigures'] = ResolversParentTypes['PartnerLevyFigures']> = {
  invoicedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  outstandingPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  receivedPence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface PenceScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Pence'], any> {
  name: 'Pence';
}

export type PersonResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  financeAuditLog?: Resolver<Maybe<ResolversTypes['FinanceAuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryFinanceAuditLogArgs, 'academicYear' | 'first'>>;
  financePeriod?: Resolver<Maybe<ResolversTypes['FinancePeriod']>, ParentType, ContextType, RequireFields<QueryFinancePeriodArgs, 'academicYear'>>;
  financePeriods?: Resolver<Maybe<Array<ResolversTypes['FinancePeriod']>>, ParentType, ContextType>;
  financeReport?: Resolver<Maybe<ResolversTypes['FinanceReport']>, ParentType, ContextType, RequireFields<QueryFinanceReportArgs, 'academicYear'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
};

export type UserErrorResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PartnersContext> = {
  BudgetLine?: BudgetLineResolvers<ContextType>;
  BudgetLineFigures?: BudgetLineFiguresResolvers<ContextType>;
  BudgetLinePayload?: BudgetLinePayloadResolvers<ContextType>;
  BudgetTotals?: BudgetTotalsResolvers<ContextType>;
  CreatePartnerPayload?: CreatePartnerPayloadResolvers<ContextType>;
  DeleteFinanceRecordPayload?: DeleteFinanceRecordPayloadResolvers<ContextType>;
  Expense?: ExpenseResolvers<ContextType>;
  ExpensePayload?: ExpensePayloadResolvers<ContextType>;
  FinanceAuditEntry?: FinanceAuditEntryResolvers<ContextType>;
  FinanceAuditEntryConnection?: FinanceAuditEntryConnectionResolvers<ContextType>;
  FinanceAuditEntryEdge?: FinanceAuditEntryEdgeResolvers<ContextType>;
  FinancePeriod?: FinancePeriodResolvers<ContextType>;
  FinancePeriodPayload?: FinancePeriodPayloadResolvers<ContextType>;
  FinanceReport?: FinanceReportResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  IncomeBySource?: IncomeBySourceResolvers<ContextType>;
  LevyInvoice?: LevyInvoiceResolvers<ContextType>;
  LevyInvoicePayload?: LevyInvoicePayloadResolvers<ContextType>;
  LevyPayment?: LevyPaymentResolvers<ContextType>;
  LevyPaymentPayload?: LevyPaymentPayloadResolvers<ContextType>;
  LevyTotals?: LevyTotalsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OtherIncome?: OtherIncomeResolvers<ContextType>;
  OtherIncomeFigures?: OtherIncomeFiguresResolvers<ContextType>;
  OtherIncomePayload?: OtherIncomePayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerLevyFigures?: PartnerLevyFiguresResolvers<ContextType>;
  Pence?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

