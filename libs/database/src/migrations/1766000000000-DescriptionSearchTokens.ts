import { MigrationInterface, QueryRunner } from 'typeorm';

export class DescriptionSearchTokens1766000000000 implements MigrationInterface {
  name = 'DescriptionSearchTokens1766000000000';

  // The complaint list's free text covers the description, which names customers and is kept only
  // encrypted. The row holds a blind index instead: keyed tokens (the first 8 bytes of an HMAC under a
  // key derived from the payload keys) of the description's character pairs, never the text. A search
  // matches the rows holding all of its tokens, through the GIN index. NULL: not indexed (rows from
  // before this column until the read-model rebuild fills them, and cases without a description).
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records ADD COLUMN description_tokens bigint[]`);
    await q.query(`CREATE INDEX case_records_description_tokens_idx ON case_records USING gin (description_tokens)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS case_records_description_tokens_idx`);
    await q.query(`ALTER TABLE case_records DROP COLUMN description_tokens`);
  }
}
