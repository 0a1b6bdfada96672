import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A request sent to a department and awaiting (or having had) its answer by callback. */
@Entity({ name: 'department_requests' })
export class DepartmentRequestEntity {
  /** The requestId, also the idempotency key the department sees. */
  @PrimaryColumn()
  id: string;

  @Column()
  department: string;

  @Column()
  kind: string;

  @Column({ name: 'case_no' })
  caseNo: string;

  /** SHA-256 of the opaque callback token; the token itself is never stored. */
  @Column({ name: 'callback_token_hash' })
  callbackTokenHash: string;

  /** Temporal's task token of the activity attempt that waits for the answer. */
  @Column({ name: 'task_token', type: 'bytea' })
  taskToken: Buffer;

  @Column()
  status: 'pending' | 'completed' | 'failed';

  /** Hash of the applied answer: an identical repeat is harmless, a different one a conflict. */
  @Column({ name: 'answer_hash', type: 'text', nullable: true })
  answerHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
