import { MigrationInterface, QueryRunner } from 'typeorm';

export class DepartmentRequests1764300000000 implements MigrationInterface {
  name = 'DepartmentRequests1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per department request (id = requestId, the idempotency key). The callback token is kept
    // as a SHA-256 only; the task token completes the waiting activity when the answer arrives.
    await q.query(`CREATE TABLE department_requests (
      id text PRIMARY KEY,
      department text NOT NULL CHECK (department IN ('courier', 'finance', 'quality', 'sales')),
      kind text NOT NULL,
      case_no text NOT NULL,
      callback_token_hash text NOT NULL UNIQUE,
      task_token bytea NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'failed')),
      answer_hash text,
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz
    )`);
    await q.query(`CREATE INDEX department_requests_case_idx ON department_requests (case_no)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS department_requests`);
  }
}
