import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeyPartDefects1764400000000 implements MigrationInterface {
  name = 'KeyPartDefects1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // C-12: one row per complaint and key part; counted per part to catch batch incidents.
    await q.query(`CREATE TABLE key_part_defects (
      id bigserial PRIMARY KEY,
      case_no text NOT NULL,
      part text NOT NULL,
      product_ref text,
      reported_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_no, part)
    )`);
    await q.query(`CREATE INDEX key_part_defects_part_time_idx ON key_part_defects (part, reported_at)`);
    // An alert stays open for its window; a new one is raised only after it.
    await q.query(`CREATE TABLE key_part_alerts (
      id bigserial PRIMARY KEY,
      part text NOT NULL,
      defects int NOT NULL,
      window_days int NOT NULL,
      raised_at timestamptz NOT NULL DEFAULT now(),
      open_until timestamptz NOT NULL,
      trigger_case_no text NOT NULL
    )`);
    await q.query(`CREATE INDEX key_part_alerts_part_idx ON key_part_alerts (part, open_until)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS key_part_alerts`);
    await q.query(`DROP TABLE IF EXISTS key_part_defects`);
  }
}
