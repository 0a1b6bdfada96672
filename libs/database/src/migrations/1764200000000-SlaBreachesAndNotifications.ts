import { MigrationInterface, QueryRunner } from 'typeorm';

export class SlaBreachesAndNotifications1764200000000 implements MigrationInterface {
  name = 'SlaBreachesAndNotifications1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per missed SLA target of a case, with how late it was noticed (K-1, C-5, C-6).
    await q.query(`CREATE TABLE sla_breaches (
      id bigserial PRIMARY KEY,
      case_no text NOT NULL,
      target text NOT NULL,
      policy_code text NOT NULL,
      policy_version int NOT NULL,
      deadline timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      late_ms int NOT NULL,
      escalation_level int,
      UNIQUE (case_no, target)
    )`);
    await q.query(`CREATE INDEX sla_breaches_recorded_at_idx ON sla_breaches (recorded_at)`);
    // Messages to staff and customers. The dedupe key makes a retried activity send once; channel
    // adapters (SMS, e-mail) deliver from here, and in development the API lists it.
    await q.query(`CREATE TABLE notification_outbox (
      id bigserial PRIMARY KEY,
      dedupe_key text NOT NULL UNIQUE,
      channel text NOT NULL,
      recipient text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      case_no text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`);
    await q.query(`CREATE INDEX notification_outbox_case_idx ON notification_outbox (case_no)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_outbox`);
    await q.query(`DROP TABLE IF EXISTS sla_breaches`);
  }
}
