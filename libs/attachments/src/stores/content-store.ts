import type { EntityManager } from 'typeorm';

/**
 * Where attachment bytes live. `put` runs inside the transaction that inserts the attachment's row,
 * so the `postgres` store commits both together; the others write before the row commits.
 */
export interface ContentStore {
  readonly name: 'postgres' | 'files' | 's3';
  put(key: string, bytes: Buffer, transaction: EntityManager): Promise<void>;
  get(key: string, manager: EntityManager): Promise<Buffer>;
}

/** A stored attachment whose bytes are gone: a 404 for the caller, never a 500. */
export class MissingContentError extends Error {
  constructor(key: string) {
    super(`no stored content for attachment ${key}`);
    this.name = 'MissingContentError';
  }
}
