import type { EntityManager } from 'typeorm';
import { ContentStore, MissingContentError } from './content-store';

/** The default store: a bytea table beside the rows, nothing to install. */
export class PostgresContentStore implements ContentStore {
  readonly name = 'postgres' as const;

  async put(key: string, bytes: Buffer, transaction: EntityManager): Promise<void> {
    await transaction.query(`INSERT INTO attachment_contents (attachment_id, content) VALUES ($1, $2)`, [key, bytes]);
  }

  async get(key: string, manager: EntityManager): Promise<Buffer> {
    const rows: Array<{ content: Buffer }> = await manager.query(`SELECT content FROM attachment_contents WHERE attachment_id = $1`, [key]);
    if (!rows[0]) throw new MissingContentError(key);
    return rows[0].content;
  }
}
