import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * every assignment weighs each agent's open complaints. Counted from the partial index, an
 * assignment read as many entries as the team had open cases (about 7 ms with 25,000 open and their
 * rows freshly written), and every new case paid it again. A trigger now keeps the count per agent as
 * rows change hands or close, so that an assignment reads one row per agent however many are open.
 * "Open" is OPEN_COMPLAINT_SQL (libs/read-model/src/open-cases.ts): a complaint not closed or cancelled.
 */
export class OpenComplaintsCountedPerAgent1766200000000 implements MigrationInterface {
  name = 'OpenComplaintsCountedPerAgent1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agent_open_complaints (
      agent_code text PRIMARY KEY,
      open_cases int NOT NULL CHECK (open_cases >= 0)
    )`);
    await q.query(`CREATE FUNCTION count_agent_open_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was text;
        now_with text;
        change record;
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.kind = 'complaint' AND OLD.status NOT IN ('closed', 'cancelled') THEN was := OLD.assigned_agent_code; END IF;
        IF TG_OP <> 'DELETE' AND NEW.kind = 'complaint' AND NEW.status NOT IN ('closed', 'cancelled') THEN now_with := NEW.assigned_agent_code; END IF;
        IF was IS NOT DISTINCT FROM now_with THEN RETURN NULL; END IF;
        -- Agents in order: two cases moving between the same two agents in opposite directions lock
        -- their rows in the same order and cannot deadlock.
        FOR change IN SELECT d.agent, d.delta FROM (VALUES (was, -1), (now_with, 1)) AS d(agent, delta) WHERE d.agent IS NOT NULL ORDER BY d.agent LOOP
          IF change.delta < 0 THEN
            UPDATE agent_open_complaints SET open_cases = open_cases - 1 WHERE agent_code = change.agent;
          ELSE
            INSERT INTO agent_open_complaints AS a (agent_code, open_cases) VALUES (change.agent, 1)
            ON CONFLICT (agent_code) DO UPDATE SET open_cases = a.open_cases + 1;
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION forget_agent_open_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM agent_open_complaints;
        RETURN NULL;
      END $$`);
    // Counted and switched on with writes held back, so that no change falls between the two.
    await q.query(`LOCK TABLE case_records IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`INSERT INTO agent_open_complaints (agent_code, open_cases)
      SELECT assigned_agent_code, count(*) FROM case_records
       WHERE assigned_agent_code IS NOT NULL AND kind = 'complaint' AND status NOT IN ('closed', 'cancelled')
       GROUP BY assigned_agent_code`);
    await q.query(`CREATE TRIGGER case_records_count_agent_open_complaints
      AFTER INSERT OR DELETE OR UPDATE OF kind, status, assigned_agent_code ON case_records
      FOR EACH ROW EXECUTE FUNCTION count_agent_open_complaints()`);
    await q.query(`CREATE TRIGGER case_records_forget_agent_open_complaints
      AFTER TRUNCATE ON case_records FOR EACH STATEMENT EXECUTE FUNCTION forget_agent_open_complaints()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER case_records_forget_agent_open_complaints ON case_records`);
    await q.query(`DROP TRIGGER case_records_count_agent_open_complaints ON case_records`);
    await q.query(`DROP FUNCTION forget_agent_open_complaints()`);
    await q.query(`DROP FUNCTION count_agent_open_complaints()`);
    await q.query(`DROP TABLE agent_open_complaints`);
  }
}
