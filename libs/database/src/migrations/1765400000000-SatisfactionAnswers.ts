import { MigrationInterface, QueryRunner } from 'typeorm';

export class SatisfactionAnswers1765400000000 implements MigrationInterface {
  name = 'SatisfactionAnswers1765400000000';

  // K-2: service satisfaction counts the customer's first answer after each resolution, so a resolution
  // that failed stays counted when the case is resolved again. Rows written before stay null until
  // their case changes or the read model is rebuilt; the reports then fall back to the latest score.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records ADD COLUMN satisfaction_answers int CHECK (satisfaction_answers >= 0)`);
    await q.query(`ALTER TABLE case_records ADD COLUMN satisfied_answers int CHECK (satisfied_answers >= 0 AND satisfied_answers <= satisfaction_answers)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records DROP COLUMN satisfied_answers`);
    await q.query(`ALTER TABLE case_records DROP COLUMN satisfaction_answers`);
  }
}
