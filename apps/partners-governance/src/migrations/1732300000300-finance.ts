import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FINANCE_AUDIT_RETAIN_DAYS } from '../domain/finance/finance-audit-policy';

/**
 * Finance: academic-year periods, budget lines, levy invoices and their payments, other income,
 * expenses, and the append-only audit log. Money is integer pence in bigint columns, never a
 * float; every amount is positive (a refund is a correction through the audit trail, not a
 * negative row).
 */
export class Finance1732300000300 implements MigrationInterface {
  name = 'Finance1732300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finance_period (
        id             uuid PRIMARY KEY,
        academic_year  text NOT NULL CONSTRAINT finance_period_academic_year_check CHECK (academic_year ~ '^[0-9]{4}-[0-9]{2}$'),
        starts_on      date NOT NULL,
        ends_on        date NOT NULL,
        status         text NOT NULL CONSTRAINT finance_period_status_check CHECK (status IN ('OPEN','CLOSED')),
        closed_at      timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT finance_period_dates_check CHECK (ends_on > starts_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX finance_period_academic_year_uq ON finance_period (academic_year)`,
    );

    await q.query(`
      CREATE TABLE finance_budget_line (
        id              uuid PRIMARY KEY,
        period_id       uuid NOT NULL CONSTRAINT finance_budget_line_period_id_fkey REFERENCES finance_period (id),
        code            text NOT NULL,
        name            text NOT NULL,
        budgeted_pence  bigint NOT NULL CONSTRAINT finance_budget_line_budgeted_pence_check CHECK (budgeted_pence >= 0),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX finance_budget_line_period_code_uq ON finance_budget_line (period_id, code)`,
    );

    await q.query(`
      CREATE TABLE finance_levy_invoice (
        id            uuid PRIMARY KEY,
        period_id     uuid NOT NULL CONSTRAINT finance_levy_invoice_period_id_fkey REFERENCES finance_period (id),
        partner_id    uuid NOT NULL CONSTRAINT finance_levy_invoice_partner_id_fkey REFERENCES partner (id),
        reference     text NOT NULL,
        amount_pence  bigint NOT NULL CONSTRAINT finance_levy_invoice_amount_pence_check CHECK (amount_pence > 0),
        issued_on     date NOT NULL,
        due_on        date NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT finance_levy_invoice_dates_check CHECK (due_on >= issued_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX finance_levy_invoice_reference_uq ON finance_levy_invoice (lower(reference))`,
    );
    await q.query(
      `CREATE INDEX finance_levy_invoice_period_idx ON finance_levy_invoice (period_id, partner_id)`,
    );

    await q.query(`
      CREATE TABLE finance_levy_payment (
        id            uuid PRIMARY KEY,
        invoice_id    uuid NOT NULL CONSTRAINT finance_levy_payment_invoice_id_fkey REFERENCES finance_levy_invoice (id),
        amount_pence  bigint NOT NULL CONSTRAINT finance_levy_payment_amount_pence_check CHECK (amount_pence > 0),
        paid_on       date NOT NULL,
        method        text NOT NULL CONSTRAINT finance_levy_payment_method_check CHECK (method IN ('BANK_TRANSFER','CHEQUE','CARD','CASH','OTHER')),
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX finance_levy_payment_invoice_idx ON finance_levy_payment (invoice_id)`,
    );

    await q.query(`
      CREATE TABLE finance_other_income (
        id                  uuid PRIMARY KEY,
        period_id           uuid NOT NULL CONSTRAINT finance_other_income_period_id_fkey REFERENCES finance_period (id),
        source              text NOT NULL CONSTRAINT finance_other_income_source_check CHECK (source IN ('FUNDRAISING','GRANT','SPONSORSHIP','OTHER')),
        description         text NOT NULL,
        amount_pence        bigint NOT NULL CONSTRAINT finance_other_income_amount_pence_check CHECK (amount_pence > 0),
        received_on         date NOT NULL,
        restricted          boolean NOT NULL,
        restricted_purpose  text,
        created_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT finance_other_income_restricted_check CHECK (restricted = (restricted_purpose IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX finance_other_income_period_idx ON finance_other_income (period_id)`,
    );

    await q.query(`
      CREATE TABLE finance_expense (
        id              uuid PRIMARY KEY,
        period_id       uuid NOT NULL CONSTRAINT finance_expense_period_id_fkey REFERENCES finance_period (id),
        budget_line_id  uuid NOT NULL CONSTRAINT finance_expense_budget_line_id_fkey REFERENCES finance_budget_line (id),
        amount_pence    bigint NOT NULL CONSTRAINT finance_expense_amount_pence_check CHECK (amount_pence > 0),
        incurred_on     date NOT NULL,
        payee           text NOT NULL,
        description     text NOT NULL,
        status          text NOT NULL CONSTRAINT finance_expense_status_check CHECK (status IN ('COMMITTED','PAID')),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX finance_expense_period_idx ON finance_expense (period_id)`);
    await q.query(
      `CREATE INDEX finance_expense_budget_line_idx ON finance_expense (budget_line_id)`,
    );

    // The audit log: no foreign keys, so it outlives anything it describes (a deleted expense's
    // row stays, with its last state in \`before\`).
    await q.query(`
      CREATE TABLE finance_audit_entry (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at           timestamptz NOT NULL DEFAULT now(),
        actor_id     text NOT NULL,
        actor_kind   text NOT NULL,
        actor_roles  text[] NOT NULL,
        action       text NOT NULL CONSTRAINT finance_audit_entry_action_check CHECK (action IN ('CREATE','UPDATE','DELETE','CLOSE','REOPEN')),
        entity_type  text NOT NULL,
        entity_id    uuid NOT NULL,
        period_id    uuid NOT NULL,
        before       jsonb,
        after        jsonb
      )`);
    await q.query(
      `CREATE INDEX finance_audit_entry_period_idx ON finance_audit_entry (period_id, entity_type, id)`,
    );

    // Append-only, enforced by the database rather than by code: the app connects as the table
    // owner, so REVOKE would not bind it, but these triggers bind everyone short of a superuser
    // who drops them. The only DELETE allowed is of rows past the statutory retention period
    // (what the retention job does); \`at\` is set by the database on insert, so no row can be
    // backdated to become deletable.
    await q.query(`
      CREATE FUNCTION finance_audit_entry_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.at := now();
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER finance_audit_entry_stamp BEFORE INSERT ON finance_audit_entry
        FOR EACH ROW EXECUTE FUNCTION finance_audit_entry_stamp()`);
    await q.query(`
      CREATE FUNCTION finance_audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND OLD.at < now() - interval '${FINANCE_AUDIT_RETAIN_DAYS} days' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'finance_audit_entry is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER finance_audit_entry_no_update BEFORE UPDATE OR DELETE ON finance_audit_entry
        FOR EACH ROW EXECUTE FUNCTION finance_audit_entry_append_only()`);
    await q.query(`
      CREATE TRIGGER finance_audit_entry_no_truncate BEFORE TRUNCATE ON finance_audit_entry
        FOR EACH STATEMENT EXECUTE FUNCTION finance_audit_entry_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finance_audit_entry`);
    await q.query(`DROP FUNCTION finance_audit_entry_append_only()`);
    await q.query(`DROP FUNCTION finance_audit_entry_stamp()`);
    await q.query(`DROP TABLE finance_expense`);
    await q.query(`DROP TABLE finance_other_income`);
    await q.query(`DROP TABLE finance_levy_payment`);
    await q.query(`DROP TABLE finance_levy_invoice`);
    await q.query(`DROP TABLE finance_budget_line`);
    await q.query(`DROP TABLE finance_period`);
  }
}
