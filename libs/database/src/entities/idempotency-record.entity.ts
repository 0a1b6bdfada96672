import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Remembers what a POST with an `Idempotency-Key` produced, so that a retry returns the same thing. */
@Entity({ name: 'idempotency_records' })
export class IdempotencyRecordEntity {
  @PrimaryColumn()
  scope: string;

  @PrimaryColumn()
  key: string;

  /** Hash of the request body: the same key with another body is a client error (409). */
  @Column({ name: 'request_hash' })
  requestHash: string;

  @Column({ name: 'resource_id' })
  resourceId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
