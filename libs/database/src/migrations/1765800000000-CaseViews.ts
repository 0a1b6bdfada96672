import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseViews1765800000000 implements MigrationInterface {
  name = 'CaseViews1765800000000';

  // The whole case view (what GET /complaints/:caseNo, /returns/:returnNo and /follow-ups/:planId
  // answer) at the row's state version, so that a read never waits for the workflow. It names
  // customers, so it is stored sealed with the payload keys (a Temporal payload, encrypted), never
  // as readable JSON. Rows written before this column have none until their workflow records again.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records ADD COLUMN case_view bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records DROP COLUMN case_view`);
  }
}
