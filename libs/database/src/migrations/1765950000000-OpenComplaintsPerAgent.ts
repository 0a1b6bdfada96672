import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenComplaintsPerAgent1765950000000 implements MigrationInterface {
  name = 'OpenComplaintsPerAgent1765950000000';

  // every assignment counts each agent's open complaints (capacity is a limit). The agent/status
  // index also walks an agent's closed cases, which only grow; this one holds the open ones alone, so
  // an assignment reads about as many entries as the team has open cases, however old the shop is.
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX case_records_open_complaints_by_agent_idx ON case_records (assigned_agent_code)
        WHERE kind = 'complaint' AND status NOT IN ('closed', 'cancelled')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_records_open_complaints_by_agent_idx`);
  }
}
