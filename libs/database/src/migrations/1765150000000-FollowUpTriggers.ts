import { MigrationInterface, QueryRunner } from 'typeorm';

// The plans of the two triggers only cases' events start, as they stood when this migration was
// written: the replacement an exchange delivered, and the call again after a department acted on a
// complaint (F-10). Later changes are new policy versions, never edits here.
const CASE_EVENT_PLANS = {
  exchange_replacement: [
    {"key": "replacement_received", "purpose": "Day 3 after the replacement was delivered: received, intact, problem solved? (F-1)", "dueAfterSeconds": 259200, "windowSeconds": 172800, "askSatisfaction": true, "questions": [{"id": "intact", "text": "Did the replacement arrive intact?", "type": "yes_no", "required": true}, {"id": "problem_solved", "text": "Is the problem solved with the replacement?", "type": "yes_no", "required": true}]},
  ],
  complaint_call_back: [
    {"key": "after_department", "purpose": "Call again after the department acted on the complaint: is the customer satisfied now? (F-10)", "dueAfterSeconds": 86400, "windowSeconds": 259200, "askSatisfaction": true, "questions": [{"id": "department_action_known", "text": "Does the customer know what the department did?", "type": "yes_no", "required": true}, {"id": "remaining_concern", "text": "What still concerns the customer", "type": "text", "required": false}]},
  ],
};

export class FollowUpTriggers1765150000000 implements MigrationInterface {
  name = 'FollowUpTriggers1765150000000';

  // F-1, F-2, A-6, F-10: plans start from what happens to the customer. A-2 file events also record
  // shipments of goods or parts (to customers and dealers); each plan records the event that started
  // it, so plans can be found by their trigger; each follow-up policy gets a new version that plans
  // calls for the two triggers of cases' events (running plans keep their version).
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_file_events DROP CONSTRAINT IF EXISTS customer_file_events_kind_check`);
    await q.query(`ALTER TABLE customer_file_events ADD CONSTRAINT customer_file_events_kind_check
      CHECK (kind IN ('sale','delivery','repair','visit','deal','shipment','dealer_shipment'))`);
    await q.query(`ALTER TABLE follow_up_plans ADD COLUMN source_event text, ADD COLUMN source_id text`);
    await q.query(`CREATE INDEX follow_up_plans_source_idx ON follow_up_plans (source_event, source_id) WHERE source_event IS NOT NULL`);
    await q.query(
      `INSERT INTO follow_up_policies (code, version, terms, active, created_by)
       SELECT p.code, p.version + 1, jsonb_set(p.terms, '{plans}', (p.terms->'plans') || $1::jsonb), p.active, 'system'
         FROM follow_up_policies p
        WHERE p.version = (SELECT max(version) FROM follow_up_policies l WHERE l.code = p.code)
          AND NOT (p.terms->'plans' ? 'exchange_replacement')`,
      [JSON.stringify(CASE_EVENT_PLANS)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM follow_up_policies p WHERE created_by = 'system' AND p.terms->'plans' ? 'exchange_replacement'
      AND p.version = (SELECT max(version) FROM follow_up_policies l WHERE l.code = p.code) AND p.version > 1`);
    await q.query(`DROP INDEX IF EXISTS follow_up_plans_source_idx`);
    await q.query(`ALTER TABLE follow_up_plans DROP COLUMN IF EXISTS source_event, DROP COLUMN IF EXISTS source_id`);
    await q.query(`ALTER TABLE customer_file_events DROP CONSTRAINT IF EXISTS customer_file_events_kind_check`);
    await q.query(`ALTER TABLE customer_file_events ADD CONSTRAINT customer_file_events_kind_check CHECK (kind IN ('sale','delivery','repair','visit','deal'))`);
  }
}
