import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People: a reporting line (each agent's supervisor, each supervisor's manager), so that escalations
 * reach a named person; and the cases handed on during an absence, so that they go back to the
 * agent on return unless a supervisor moved one on.
 */
export class ReportingLineAndDelegations1765300000000 implements MigrationInterface {
  name = 'ReportingLineAndDelegations1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_members ADD COLUMN reports_to_code text REFERENCES staff_members(code) ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE staff_members ADD CONSTRAINT staff_members_reports_to_other CHECK (reports_to_code IS NULL OR reports_to_code <> code)`);
    // One row per case handed on during one absence; settled when the agent is back (or leaves for good).
    await q.query(`CREATE TABLE absence_delegations (
      id bigserial PRIMARY KEY,
      agent_code text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('complaint', 'followup')),
      case_no text NOT NULL,
      delegated_to text NOT NULL,
      delegated_at timestamptz NOT NULL DEFAULT now(),
      settled_at timestamptz,
      outcome text CHECK (outcome IN ('returned', 'moved_on', 'finished', 'departed'))
    )`);
    await q.query(`CREATE UNIQUE INDEX absence_delegations_open_idx ON absence_delegations (agent_code, kind, case_no) WHERE settled_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS absence_delegations`);
    await q.query(`ALTER TABLE staff_members DROP CONSTRAINT IF EXISTS staff_members_reports_to_other`);
    await q.query(`ALTER TABLE staff_members DROP COLUMN IF EXISTS reports_to_code`);
  }
}
