import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case attachments (L-2, C-4, C-14, R-5): one row per file with what may be shown (kind, type, size,
 * hash); the bytes in `attachment_contents` (the `postgres` store) or in the configured store. The file
 * name may be personal and is kept sealed with the payload keys, like the content of personal kinds.
 * A damage claim (L-2) keeps what it sent and whether its documents are complete.
 */
export class Attachments1765500000000 implements MigrationInterface {
  name = 'Attachments1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_type text NOT NULL CHECK (case_type IN ('complaint', 'return')),
      case_no text NOT NULL,
      kind text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes >= 0),
      sha256 text NOT NULL,
      store text NOT NULL CHECK (store IN ('postgres', 'files', 's3')),
      storage_key text NOT NULL,
      content_encrypted boolean NOT NULL DEFAULT false,
      key_id text,
      file_name_sealed bytea,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX attachments_case_idx ON attachments (case_type, case_no, uploaded_at)`);
    // C-14: a closed complaint has one archive, produced once.
    await q.query(`CREATE UNIQUE INDEX attachments_one_archive_idx ON attachments (case_type, case_no) WHERE kind = 'case_archive'`);
    await q.query(`CREATE TABLE attachment_contents (
      attachment_id uuid PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
      content bytea NOT NULL
    )`);
    await q.query(`ALTER TABLE damage_claims
      ADD COLUMN claim jsonb,
      ADD COLUMN documents_status text CHECK (documents_status IN ('awaiting', 'complete', 'missing')),
      ADD COLUMN documents_due_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE damage_claims DROP COLUMN claim, DROP COLUMN documents_status, DROP COLUMN documents_due_at`);
    await q.query(`DROP TABLE IF EXISTS attachment_contents`);
    await q.query(`DROP TABLE IF EXISTS attachments`);
  }
}
