import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE staff_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('agent','supervisor','manager','gm_office','admin')),
      skills text[] NOT NULL DEFAULT '{}',
      serves_vip boolean NOT NULL DEFAULT false,
      capacity int NOT NULL DEFAULT 30 CHECK (capacity >= 0),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','absent','departed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE customers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      customer_no text NOT NULL UNIQUE,
      name text NOT NULL,
      organisation text,
      phone text,
      region text,
      tier text NOT NULL DEFAULT 'regular' CHECK (tier IN ('vip','dealer','group_buy','regular')),
      birthday date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE sla_policies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      version int NOT NULL DEFAULT 1,
      category text,
      severity text,
      customer_tier text,
      calendar text NOT NULL DEFAULT '24x7',
      time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
      first_contact_seconds int NOT NULL CHECK (first_contact_seconds > 0),
      resolution_seconds int NOT NULL CHECK (resolution_seconds > 0),
      supervisor_report_seconds int NOT NULL CHECK (supervisor_report_seconds > 0),
      escalation_steps_seconds int[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (code, version)
    )`);
    await q.query(`CREATE TABLE case_records (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_no text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('complaint','return','followup')),
      workflow_id text NOT NULL UNIQUE,
      status text NOT NULL,
      customer_id uuid NOT NULL REFERENCES customers(id),
      category text,
      severity text,
      assigned_agent_code text,
      escalation_level int NOT NULL DEFAULT 0,
      summary text NOT NULL,
      state_version int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX case_records_kind_status_idx ON case_records (kind, status)`);
    await q.query(`CREATE INDEX case_records_agent_status_idx ON case_records (assigned_agent_code, status)`);
    await q.query(`CREATE INDEX case_records_created_at_idx ON case_records (created_at DESC)`);
    await q.query(`CREATE INDEX case_records_customer_idx ON case_records (customer_id)`);
    await q.query(`CREATE TABLE case_number_counters (
      prefix text NOT NULL,
      day text NOT NULL,
      last_value int NOT NULL,
      PRIMARY KEY (prefix, day)
    )`);
    await q.query(`CREATE TABLE idempotency_records (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      resource_id text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key)
    )`);
    await q.query(`CREATE TABLE platform_markers (
      key text PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    // Default complaint SLA policies from the rules (durations in seconds of the policy's calendar);
    // admins add versions through the API. C-3/K-1: first contact within 24 h; C-6: unsolved by the
    // agent -> supervisor within 2 days; C-5: quality complaints closed within 3 days; C-11: complaints
    // settled within the month. Escalation steps climb agent -> supervisor -> manager -> GM office.
    await q.query(`INSERT INTO sla_policies
      (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
      VALUES
      ('default', NULL, NULL, NULL, '24x7', 86400, 2592000, 172800, '{172800,432000,864000}'),
      ('quality', 'quality', NULL, NULL, '24x7', 86400, 259200, 172800, '{172800,216000,259200}'),
      ('vip', NULL, NULL, 'vip', '24x7', 14400, 259200, 86400, '{86400,172800,259200}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'platform_markers',
      'idempotency_records',
      'case_number_counters',
      'case_records',
      'sla_policies',
      'customers',
      'staff_members',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
