import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CaseKind } from '@libs/temporal/conventions';

/**
 * Read model of every case (complaint, return, follow-up plan) for lists and reports.
 * The workflow is the source of truth; it writes here with a growing `stateVersion`, and an
 * older write never overwrites a newer one.
 */
@Entity({ name: 'case_records' })
@Index(['kind', 'status'])
@Index(['assignedAgentCode', 'status'])
export class CaseRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_no', unique: true })
  caseNo: string;

  @Column({ type: 'text' })
  kind: CaseKind;

  @Column({ name: 'workflow_id', unique: true })
  workflowId: string;

  @Column()
  status: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'text', nullable: true })
  severity: string | null;

  @Column({ name: 'assigned_agent_code', type: 'text', nullable: true })
  assignedAgentCode: string | null;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ type: 'text' })
  summary: string;

  // registered for every case, so that reports can count them.
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'problem_type', type: 'text', nullable: true })
  problemType: string | null;

  @Column({ name: 'customer_rating', type: 'text', nullable: true })
  customerRating: string | null;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  // What the reports need (K-1, K-2, K-4, C-5, C-11); written by the workflows where known.
  @Column({ name: 'first_contacted_at', type: 'timestamptz', nullable: true })
  firstContactedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'satisfaction_score', type: 'int', nullable: true })
  satisfactionScore: number | null;

  /** K-2: complaints: the first satisfaction answer after each resolution (null on rows written before it was counted). */
  @Column({ name: 'satisfaction_answers', type: 'int', nullable: true })
  satisfactionAnswers: number | null;

  /** K-2: of those answers, the satisfied ones. */
  @Column({ name: 'satisfied_answers', type: 'int', nullable: true })
  satisfiedAnswers: number | null;

  @Column({ type: 'text', nullable: true })
  cause: string | null;

  @Column({ name: 'product_ref', type: 'text', nullable: true })
  productRef: string | null;

  /** C-11: the model of the customer's product whose serial/VIN is `productRef`, looked up on every write. */
  @Column({ name: 'product_model', type: 'text', nullable: true })
  productModel: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  /** C-2: repair, consultation or complaint; NULL on rows from before, read as complaint. */
  @Column({ type: 'text', nullable: true })
  classification: string | null;

  /** The earliest pending SLA deadline of a complaint (the list sorts by it). */
  @Column({ name: 'next_deadline_at', type: 'timestamptz', nullable: true })
  nextDeadlineAt: Date | null;

  @Column({ name: 'state_version', type: 'int', default: 0 })
  stateVersion: number;

  /** The whole case view at `stateVersion`, sealed with the payload keys (`@libs/read-model/case-view-seal`); lists never load it. */
  @Column({ name: 'case_view', type: 'bytea', nullable: true, select: false })
  caseView: Buffer | null;

  /** The description's blind index: keyed tokens of its character pairs (`@libs/read-model/description-index`), never its text; lists match it, never load it. */
  @Column({ name: 'description_tokens', type: 'bigint', array: true, nullable: true, select: false })
  descriptionTokens: string[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
