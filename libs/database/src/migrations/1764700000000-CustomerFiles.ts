import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerFiles1764700000000 implements MigrationInterface {
  name = 'CustomerFiles1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // substring search on name and organisation. pg_trgm is a trusted extension: the database
    // owner may create it without superuser rights.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // the rest of the customer file; A-5: partners and group-buy customers stay with who brought them in.
    await q.query(`ALTER TABLE customers
      ADD COLUMN contact_person text,
      ADD COLUMN address text,
      ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
      ADD COLUMN assigned_agent_code text,
      ADD COLUMN brought_in_by text`);
    // Three characters or more: any substring through trigrams; shorter ones (a two-character
    // Chinese name) have no trigram to look up, so they match from the start through a btree.
    await q.query(`CREATE INDEX customers_name_trgm_idx ON customers USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX customers_name_prefix_idx ON customers (lower(name) text_pattern_ops)`);
    await q.query(`CREATE INDEX customers_organisation_trgm_idx ON customers USING gin (organisation gin_trgm_ops)`);
    await q.query(`CREATE INDEX customers_organisation_prefix_idx ON customers (lower(organisation) text_pattern_ops)`);
    // A whole number (or its beginning) through the btree; its last digits through the last four.
    await q.query(`CREATE INDEX customers_phone_idx ON customers (phone text_pattern_ops)`);
    await q.query(`CREATE INDEX customers_phone_tail_idx ON customers (right(phone, 4))`);
    await q.query(`CREATE INDEX customers_created_at_idx ON customers (created_at)`);
    await q.query(`CREATE INDEX customers_agent_idx ON customers (assigned_agent_code)`);

    // products owned; the follow-up plans (F-1, F-2, F-7) read the dates.
    await q.query(`CREATE TABLE customer_products (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      customer_id uuid NOT NULL REFERENCES customers(id),
      model text NOT NULL,
      serial_no text,
      plate text,
      purchase_date date,
      warranty_end date,
      sold_via text NOT NULL DEFAULT 'direct' CHECK (sold_via IN ('direct','secondary_outlet')),
      next_maintenance_date date,
      inspection_due_date date,
      insurance_renewal_date date,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX customer_products_customer_idx ON customer_products (customer_id)`);
    // serial/VIN and plate are matched whole or by their beginning, ignoring case.
    await q.query(`CREATE INDEX customer_products_serial_idx ON customer_products (upper(serial_no) text_pattern_ops)`);
    await q.query(`CREATE INDEX customer_products_plate_idx ON customer_products (upper(plate) text_pattern_ops)`);
    // K-3: customers under warranty.
    await q.query(`CREATE INDEX customer_products_warranty_idx ON customer_products (warranty_end)`);

    // A-2 / K-8: every sale, delivery, repair, visit or deal owes a file entry by a deadline; the
    // responsible staff member is charged with a late one.
    await q.query(`CREATE TABLE customer_file_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('sale','delivery','repair','visit','deal')),
      occurred_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      responsible_staff_code text NOT NULL,
      customer_id uuid REFERENCES customers(id),
      product_id uuid REFERENCES customer_products(id),
      reference text,
      note text,
      filed_at timestamptz,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX customer_file_events_staff_due_idx ON customer_file_events (responsible_staff_code, due_at)`);
    await q.query(`CREATE INDEX customer_file_events_due_idx ON customer_file_events (due_at)`);
    await q.query(`CREATE INDEX customer_file_events_customer_idx ON customer_file_events (customer_id)`);

    // Departments and whom to call there.
    await q.query(`CREATE TABLE departments (
      code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z_]{1,31}$'),
      name text NOT NULL,
      contact_name text,
      contact_phone text,
      contact_email text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO departments (code, name) VALUES
      ('after_sales', '售后服务部'), ('quality', '品质部'), ('finance', '财务部'), ('courier', '物流部'), ('sales', '销售部')`);
    // an absence names the colleague who takes over while it lasts.
    await q.query(`ALTER TABLE staff_members
      ADD COLUMN department_code text REFERENCES departments(code),
      ADD COLUMN delegate_code text,
      ADD COLUMN phone text,
      ADD COLUMN email text`);

    // What the reports need from each case (K-1, K-2, K-4, C-5, C-11), written by the workflows;
    // product_model is looked up from the customer's products by serial/VIN on every write (C-11 by product).
    await q.query(`ALTER TABLE case_records
      ADD COLUMN first_contacted_at timestamptz,
      ADD COLUMN resolved_at timestamptz,
      ADD COLUMN closed_at timestamptz,
      ADD COLUMN satisfaction_score int CHECK (satisfaction_score BETWEEN 1 AND 5),
      ADD COLUMN cause text,
      ADD COLUMN product_ref text,
      ADD COLUMN product_model text,
      ADD COLUMN department text`);
    await q.query(`CREATE INDEX case_records_kind_created_idx ON case_records (kind, created_at)`);
    // The complaint reports read only this index (index-only scans): a year of complaints at a
    // million cases is read without touching the table.
    await q.query(`CREATE INDEX case_records_complaint_report_idx ON case_records (created_at)
      INCLUDE (case_no, status, category, cause, product_model, product_ref, department, assigned_agent_code,
               first_contacted_at, resolved_at, closed_at, satisfaction_score)
      WHERE kind = 'complaint'`);
    await q.query(`CREATE INDEX case_records_customer_created_idx ON case_records (customer_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS case_records_customer_created_idx`);
    await q.query(`DROP INDEX IF EXISTS case_records_complaint_report_idx`);
    await q.query(`DROP INDEX IF EXISTS case_records_kind_created_idx`);
    await q.query(`ALTER TABLE case_records
      DROP COLUMN first_contacted_at, DROP COLUMN resolved_at, DROP COLUMN closed_at, DROP COLUMN satisfaction_score,
      DROP COLUMN cause, DROP COLUMN product_ref, DROP COLUMN product_model, DROP COLUMN department`);
    await q.query(`ALTER TABLE staff_members DROP COLUMN department_code, DROP COLUMN delegate_code, DROP COLUMN phone, DROP COLUMN email`);
    await q.query(`DROP TABLE IF EXISTS departments`);
    await q.query(`DROP TABLE IF EXISTS customer_file_events`);
    await q.query(`DROP TABLE IF EXISTS customer_products`);
    for (const index of [
      'customers_name_trgm_idx',
      'customers_name_prefix_idx',
      'customers_organisation_trgm_idx',
      'customers_organisation_prefix_idx',
      'customers_phone_idx',
      'customers_phone_tail_idx',
      'customers_created_at_idx',
      'customers_agent_idx',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
    await q.query(`ALTER TABLE customers
      DROP COLUMN contact_person, DROP COLUMN address, DROP COLUMN time_zone, DROP COLUMN assigned_agent_code, DROP COLUMN brought_in_by`);
  }
}
