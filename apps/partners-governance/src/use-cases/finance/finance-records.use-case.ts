import type { PartnersDeps } from '../partners-use-case';
import { BUDGET_LINE, EXPENSE, LEVY_INVOICE, LEVY_PAYMENT, OTHER_INCOME } from './finance-kinds';
import { createRecord, deleteRecord, updateRecord } from './finance-records';

/**
 * The finance mutations, one per record kind and change. Each is the shared create, update or
 * delete (finance-records.ts): permission, validation, the period's OPEN check under its lock,
 * the change, and its audit entry in one transaction.
 */
type Changes = Record<string, unknown>;

export const createBudgetLine = (deps: PartnersDeps, input: unknown) =>
  createRecord(deps, BUDGET_LINE, input);
export const updateBudgetLine = (deps: PartnersDeps, id: string, input: Changes) =>
  updateRecord(deps, BUDGET_LINE, id, input);
export const deleteBudgetLine = (deps: PartnersDeps, id: string) =>
  deleteRecord(deps, BUDGET_LINE, id);

export const createLevyInvoice = (deps: PartnersDeps, input: unknown) =>
  createRecord(deps, LEVY_INVOICE, input);
export const updateLevyInvoice = (deps: PartnersDeps, id: string, input: Changes) =>
  updateRecord(deps, LEVY_INVOICE, id, input);
export const deleteLevyInvoice = (deps: PartnersDeps, id: string) =>
  deleteRecord(deps, LEVY_INVOICE, id);

export const recordLevyPayment = (deps: PartnersDeps, input: unknown) =>
  createRecord(deps, LEVY_PAYMENT, input);
export const updateLevyPayment = (deps: PartnersDeps, id: string, input: Changes) =>
  updateRecord(deps, LEVY_PAYMENT, id, input);
export const deleteLevyPayment = (deps: PartnersDeps, id: string) =>
  deleteRecord(deps, LEVY_PAYMENT, id);

export const recordOtherIncome = (deps: PartnersDeps, input: unknown) =>
  createRecord(deps, OTHER_INCOME, input);
export const updateOtherIncome = (deps: PartnersDeps, id: string, input: Changes) =>
  updateRecord(deps, OTHER_INCOME, id, input);
export const deleteOtherIncome = (deps: PartnersDeps, id: string) =>
  deleteRecord(deps, OTHER_INCOME, id);

export const recordExpense = (deps: PartnersDeps, input: unknown) =>
  createRecord(deps, EXPENSE, input);
export const updateExpense = (deps: PartnersDeps, id: string, input: Changes) =>
  updateRecord(deps, EXPENSE, id, input);
export const deleteExpense = (deps: PartnersDeps, id: string) => deleteRecord(deps, EXPENSE, id);
