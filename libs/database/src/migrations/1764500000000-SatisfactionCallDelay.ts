import { MigrationInterface, QueryRunner } from 'typeorm';

export class SatisfactionCallDelay1764500000000 implements MigrationInterface {
  name = 'SatisfactionCallDelay1764500000000';

  // C-8: how long after resolution the satisfaction call falls due (the documents give no number;
  // the next day is the default).
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies ADD COLUMN satisfaction_call_seconds int NOT NULL DEFAULT 86400 CHECK (satisfaction_call_seconds > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sla_policies DROP COLUMN satisfaction_call_seconds`);
  }
}
