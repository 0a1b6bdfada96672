import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_ROLES = `'agent','supervisor','manager','gm_office','admin'`;
const NEW_ROLES = `'agent','warehouse','finance','supervisor','manager','gm_office','admin'`;

/**
 * Access follows the staff lifecycle: a token version per person (departure, a credential reset and
 * "sign out everywhere" raise it, which ends every token issued before), the warehouse and finance
 * roles, and the sign-in attempt counters every API replica shares.
 */
export class StaffAccessLifecycle1764900000000 implements MigrationInterface {
  name = 'StaffAccessLifecycle1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_members ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE staff_members DROP CONSTRAINT IF EXISTS staff_members_role_check`);
    await q.query(`ALTER TABLE staff_members ADD CONSTRAINT staff_members_role_check CHECK (role IN (${NEW_ROLES}))`);
    await q.query(`ALTER TABLE api_keys DROP CONSTRAINT IF EXISTS api_keys_role_check`);
    await q.query(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check CHECK (role IN (${NEW_ROLES},'department'))`);
    // Keys acting for a person are found by the person's code when their access ends.
    await q.query(`CREATE INDEX api_keys_actor_idx ON api_keys (actor) WHERE revoked_at IS NULL`);
    // One row per (client address, username) bucket, keyed by a hash so that no address or name is stored.
    await q.query(`CREATE TABLE login_attempts (
      bucket text PRIMARY KEY,
      window_started_at timestamptz NOT NULL,
      attempts integer NOT NULL
    )`);
    await q.query(`CREATE INDEX login_attempts_window_idx ON login_attempts (window_started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS login_attempts`);
    await q.query(`DROP INDEX IF EXISTS api_keys_actor_idx`);
    // Warehouse and finance staff and keys cannot stay under the old roles.
    await q.query(`UPDATE api_keys SET revoked_at = now() WHERE role IN ('warehouse','finance') AND revoked_at IS NULL`);
    await q.query(`UPDATE api_keys SET role = 'agent' WHERE role IN ('warehouse','finance')`);
    await q.query(`UPDATE staff_members SET role = 'agent', status = 'departed' WHERE role IN ('warehouse','finance')`);
    await q.query(`ALTER TABLE api_keys DROP CONSTRAINT IF EXISTS api_keys_role_check`);
    await q.query(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check CHECK (role IN (${OLD_ROLES},'department'))`);
    await q.query(`ALTER TABLE staff_members DROP CONSTRAINT IF EXISTS staff_members_role_check`);
    await q.query(`ALTER TABLE staff_members ADD CONSTRAINT staff_members_role_check CHECK (role IN (${OLD_ROLES}))`);
    await q.query(`ALTER TABLE staff_members DROP COLUMN IF EXISTS token_version`);
  }
}
