import { MigrationInterface, QueryRunner } from 'typeorm';

// The follow-up policy as it stood when this migration was written (F-1, F-2, F-3, F-4, F-5, F-6,
// F-7, F-8, F-9, F-10, A-6); later changes are new policy versions, never edits here.
const SEEDED_TERMS = {
  plans: {
    delivery: [
      {"key": "7dc", "purpose": "First follow-up after delivery (7DC): product and delivery satisfaction (F-1)", "dueAfterSeconds": 604800, "secondaryOutletDueAfterSeconds": 864000, "windowSeconds": 259200, "askSatisfaction": true, "questions": [{"id": "use_explained", "text": "Was the use of the product explained at delivery?", "type": "yes_no", "required": true}, {"id": "product_issues", "text": "Any problem with the product so far", "type": "text", "required": false}]},
      {"key": "second", "purpose": "Second follow-up, a week after the first (F-1)", "dueAfterSeconds": 604800, "afterPrevious": true, "windowSeconds": 604800, "askSatisfaction": true, "questions": [{"id": "topic", "text": "What the customer was interested in this time (no repeat of the first call)", "type": "text", "required": false}]},
      {"key": "one_month", "purpose": "Periodic follow-up one month after purchase (F-2)", "dueAfterSeconds": 2592000, "windowSeconds": 604800, "askSatisfaction": true, "questions": []},
      {"key": "one_year", "purpose": "Periodic follow-up one year after purchase (F-2)", "dueAfterSeconds": 31536000, "windowSeconds": 1209600, "askSatisfaction": true, "questions": []},
    ],
    repair: [
      {"key": "3dc", "purpose": "Follow-up 3 to 5 days after the repair or service visit (3DC, F-1)", "dueAfterSeconds": 259200, "windowSeconds": 172800, "askSatisfaction": true, "questions": [{"id": "problem_solved", "text": "Is the problem solved?", "type": "yes_no", "required": true}, {"id": "vehicle_use", "text": "How the product has been running since", "type": "text", "required": false}]},
      {"key": "second", "purpose": "Second follow-up, a week after the first (F-1)", "dueAfterSeconds": 604800, "afterPrevious": true, "windowSeconds": 604800, "askSatisfaction": true, "questions": [{"id": "topic", "text": "What the customer was interested in this time (no repeat of the first call)", "type": "text", "required": false}]},
    ],
    shipment: [
      {"key": "received_intact", "purpose": "Day 3 after shipment: received, and intact? (F-1)", "dueAfterSeconds": 259200, "windowSeconds": 172800, "askSatisfaction": true, "questions": [{"id": "received", "text": "Has the shipment arrived?", "type": "yes_no", "required": true}, {"id": "intact", "text": "Did it arrive intact?", "type": "yes_no", "required": false}]},
    ],
    dealer_shipment: [
      {"key": "received_intact", "purpose": "Day 3 after shipment: received and intact? Tell the dealer our stock (F-1)", "dueAfterSeconds": 259200, "windowSeconds": 172800, "askSatisfaction": true, "questions": [{"id": "received", "text": "Has the shipment arrived?", "type": "yes_no", "required": true}, {"id": "intact", "text": "Did it arrive intact?", "type": "yes_no", "required": false}, {"id": "stock_told", "text": "Was the dealer told our stock?", "type": "yes_no", "required": true}]},
      {"key": "sell_through", "purpose": "Day 7 after shipment: sell-through and support needed (F-1)", "dueAfterSeconds": 604800, "windowSeconds": 259200, "askSatisfaction": true, "questions": [{"id": "sell_through", "text": "Where and how fast the goods are selling", "type": "text", "required": true}, {"id": "support_needed", "text": "Leaflets, promotion material or other support needed", "type": "text", "required": false}]},
      {"key": "market_feedback", "purpose": "Day 21 after shipment: market feedback and stock on hand (F-1)", "dueAfterSeconds": 1814400, "windowSeconds": 604800, "askSatisfaction": true, "questions": [{"id": "market_feedback", "text": "Market reaction; suggestions on product, channel, promotion", "type": "text", "required": true}, {"id": "stock_on_hand", "text": "Units in stock at the dealer", "type": "number", "required": true}]},
    ],
    new_customer: [
      {"key": "welcome", "purpose": "New customer: first contact within 3 days (A-6)", "dueAfterSeconds": 0, "windowSeconds": 259200, "askSatisfaction": true, "questions": [{"id": "contact_confirmed", "text": "Are the contact details in the file right?", "type": "yes_no", "required": true}]},
    ],
    event_invitation: [
      {"key": "invitation", "purpose": "Event invitation by phone two weeks ahead; the letter follows (F-8)", "dueAfterSeconds": -1209600, "windowSeconds": 172800, "askSatisfaction": false, "questions": [{"id": "attending", "text": "Will the customer attend?", "type": "yes_no", "required": false}], "letterAfter": true},
    ],
    monthly_sample: [
      {"key": "monthly_sample", "purpose": "Monthly sample call by customer service (tier 2, F-3)", "dueAfterSeconds": 0, "windowSeconds": 604800, "askSatisfaction": true, "questions": []},
    ],
    quarterly_new_customer: [
      {"key": "quarterly_new_customer", "purpose": "General manager's office: new customer a quarter after purchase (tier 3, F-4)", "dueAfterSeconds": 0, "windowSeconds": 1209600, "askSatisfaction": true, "questions": []},
    ],
    quarterly_repair: [
      {"key": "quarterly_repair", "purpose": "General manager's office: large repair, major accident or VIP (tier 3, F-4)", "dueAfterSeconds": 0, "windowSeconds": 1209600, "askSatisfaction": true, "questions": []},
    ],
  },
  callHours: {"workingDay": [{"from": "14:00", "to": "20:00"}], "restDay": [{"from": "10:00", "to": "12:00"}, {"from": "14:00", "to": "20:00"}]},
  retry: {"afterSeconds": 7200, "maxAttempts": 3},
  unsatisfiedAtOrBelow: 3,
  complaintAtOrBelow: 2,
  leadAnswerSeconds: 86400,
  tier2: {"sampleSize": 20, "rule": "random"},
  tier3: {"newCustomerSampleSize": 10, "repairSampleSize": 10, "largeRepairFen": 500000},
  care: {"birthdayDaysBefore": {"from": 7, "to": 2}, "holidayGreetingDaysBefore": 1, "greetedHolidays": ["New Year's Day", "Spring Festival", "Labour Day", "Mid-autumn Festival", "National Day"], "reminderDaysBefore": 7},
};

export class FollowUps1764800000000 implements MigrationInterface {
  name = 'FollowUps1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // Which calls a trigger plans and when, quiet hours, retries, samples, care: versioned data. A
    // running plan keeps the version it started with.
    await q.query(`CREATE TABLE follow_up_policies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      version int NOT NULL CHECK (version > 0),
      terms jsonb NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (code, version)
    )`);
    await q.query(`INSERT INTO follow_up_policies (code, version, terms, created_by) VALUES ('default', 1, $1, 'system')`, [JSON.stringify(SEEDED_TERMS)]);

    // One plan per trigger (workflow `followup-<planId>`); written by the plan's workflow.
    await q.query(`CREATE TABLE follow_up_plans (
      plan_id text PRIMARY KEY,
      customer_id uuid NOT NULL REFERENCES customers(id),
      trigger text NOT NULL,
      tier int NOT NULL CHECK (tier IN (1, 2, 3)),
      policy_code text NOT NULL,
      policy_version int NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'cancelled')),
      occurred_at timestamptz NOT NULL,
      product_id uuid REFERENCES customer_products(id),
      agent_code text,
      reference text,
      -- F-4: repair amount and major accident; F-8: the event.
      details jsonb NOT NULL DEFAULT '{}',
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX follow_up_plans_customer_idx ON follow_up_plans (customer_id)`);
    // F-4: the quarterly run looks for the last quarter's repairs.
    await q.query(`CREATE INDEX follow_up_plans_trigger_created_idx ON follow_up_plans (trigger, created_at)`);

    // Each call: a task on an agent's worklist from its due time until its window ends. The plan id has
    // no foreign key: calls are written by the plan's own workflow, after its plan row.
    await q.query(`CREATE TABLE follow_up_calls (
      id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
      plan_id text NOT NULL,
      customer_id uuid NOT NULL REFERENCES customers(id),
      tier int NOT NULL CHECK (tier IN (1, 2, 3)),
      trigger text NOT NULL,
      step_key text,
      purpose text,
      due_at timestamptz NOT NULL,
      window_end timestamptz,
      -- The current slot: the due time, or a retry later in the window (F-5 applied).
      next_attempt_at timestamptz,
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'due', 'done', 'missed', 'cancelled')),
      agent_code text,
      attempts int NOT NULL DEFAULT 0,
      last_outcome text,
      satisfaction_score int CHECK (satisfaction_score BETWEEN 1 AND 5),
      miss_reason text,
      -- F-10, F-11: what the call led to.
      complaint_case_no text,
      lead_id text,
      closed_at timestamptz,
      version int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX follow_up_calls_worklist_idx ON follow_up_calls (agent_code, status, next_attempt_at)`);
    await q.query(`CREATE INDEX follow_up_calls_plan_idx ON follow_up_calls (plan_id)`);
    await q.query(`CREATE INDEX follow_up_calls_due_idx ON follow_up_calls (due_at)`);
    await q.query(`CREATE INDEX follow_up_calls_customer_idx ON follow_up_calls (customer_id)`);

    // F-12: every attempt and its outcome, for the daily, weekly and monthly counts.
    await q.query(`CREATE TABLE follow_up_attempts (
      id bigserial PRIMARY KEY,
      call_id text NOT NULL REFERENCES follow_up_calls(id),
      plan_id text,
      customer_id uuid NOT NULL REFERENCES customers(id),
      tier int NOT NULL CHECK (tier IN (1, 2, 3)),
      attempt_no int,
      outcome text NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number')),
      satisfaction_score int CHECK (satisfaction_score BETWEEN 1 AND 5),
      answers jsonb NOT NULL DEFAULT '{}',
      notes text,
      purchase_intent text,
      attempted_at timestamptz NOT NULL DEFAULT now(),
      agent_code text,
      UNIQUE (call_id, attempt_no)
    )`);
    await q.query(`CREATE INDEX follow_up_attempts_attempted_idx ON follow_up_attempts (attempted_at)`);
    await q.query(`CREATE INDEX follow_up_attempts_customer_idx ON follow_up_attempts (customer_id, attempted_at)`);

    // F-3, F-4: what each scheduled sample run picked, once per run.
    await q.query(`CREATE TABLE follow_up_sample_runs (
      run_id text PRIMARY KEY,
      tier int NOT NULL CHECK (tier IN (2, 3)),
      policy_code text NOT NULL,
      policy_version int NOT NULL,
      rule text NOT NULL,
      picked int NOT NULL,
      plan_ids text[] NOT NULL DEFAULT '{}',
      ran_at timestamptz NOT NULL DEFAULT now()
    )`);

    // Channel adapters (SMS, e-mail) deliver from the outbox and note how it went.
    await q.query(`ALTER TABLE notification_outbox
      ADD COLUMN delivery_attempts int NOT NULL DEFAULT 0,
      ADD COLUMN last_error text,
      ADD COLUMN delivered_via text`);
    await q.query(`CREATE INDEX notification_outbox_created_idx ON notification_outbox (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS notification_outbox_created_idx`);
    await q.query(`ALTER TABLE notification_outbox DROP COLUMN delivery_attempts, DROP COLUMN last_error, DROP COLUMN delivered_via`);
    await q.query(`DROP TABLE IF EXISTS follow_up_sample_runs`);
    await q.query(`DROP TABLE IF EXISTS follow_up_attempts`);
    await q.query(`DROP TABLE IF EXISTS follow_up_calls`);
    await q.query(`DROP TABLE IF EXISTS follow_up_plans`);
    await q.query(`DROP TABLE IF EXISTS follow_up_policies`);
  }
}
