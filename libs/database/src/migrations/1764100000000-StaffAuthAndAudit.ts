import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAuthAndAudit1764100000000 implements MigrationInterface {
  name = 'StaffAuthAndAudit1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Staff sign in with a username and a password (scrypt hash); people without one cannot sign in.
    await q.query(`ALTER TABLE staff_members ADD COLUMN username text UNIQUE, ADD COLUMN password_hash text`);
    await q.query(`CREATE TABLE api_keys (
      id text PRIMARY KEY,
      name text NOT NULL,
      key_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('agent','supervisor','manager','gm_office','admin','department')),
      actor text NOT NULL,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`);
    await q.query(`CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      actor_role text NOT NULL,
      action text NOT NULL,
      resource text NOT NULL,
      request_id text,
      details jsonb NOT NULL DEFAULT '{}'
    )`);
    await q.query(`CREATE INDEX audit_events_resource_idx ON audit_events (resource, at)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_events`);
    await q.query(`DROP TABLE IF EXISTS api_keys`);
    await q.query(`ALTER TABLE staff_members DROP COLUMN IF EXISTS password_hash, DROP COLUMN IF EXISTS username`);
  }
}
