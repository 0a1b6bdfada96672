import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffInboxAndSatisfactionCalls1765200000000 implements MigrationInterface {
  name = 'StaffInboxAndSatisfactionCalls1765200000000';

  async up(q: QueryRunner): Promise<void> {
    // The staff inbox: who has read which staff-inbox message of notification_outbox, per person (a
    // message to a role inbox is read or unread for each of its members on their own).
    await q.query(`CREATE TABLE staff_inbox_reads (
      notification_id bigint NOT NULL REFERENCES notification_outbox(id) ON DELETE CASCADE,
      staff_code text NOT NULL,
      read_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (notification_id, staff_code)
    )`);
    await q.query(`CREATE INDEX notification_outbox_inbox_idx ON notification_outbox (recipient, created_at DESC) WHERE channel = 'staff-inbox'`);

    // C-8: the satisfaction call of a resolved complaint on its owner's worklist, written by the
    // complaint's workflow when the call falls due and when an unanswered call is tried again (F-5).
    // One row per complaint: a new resolution replaces the call of the one before.
    await q.query(`CREATE TABLE satisfaction_calls (
      case_no text PRIMARY KEY,
      resolution int NOT NULL CHECK (resolution > 0),
      customer_id uuid NOT NULL REFERENCES customers(id),
      remedy text NOT NULL,
      -- The resolution it asks about: a reopened and again resolved case supersedes it.
      resolved_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX satisfaction_calls_due_idx ON satisfaction_calls (due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS satisfaction_calls`);
    await q.query(`DROP INDEX IF EXISTS notification_outbox_inbox_idx`);
    await q.query(`DROP TABLE IF EXISTS staff_inbox_reads`);
  }
}
