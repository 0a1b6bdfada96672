import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FileEventKind } from '@libs/domain/customers/customer-file';

/** A-2 / K-8: an event that owes a file entry by `dueAt`; late filing is charged to the responsible staff member. */
@Entity({ name: 'customer_file_events' })
export class CustomerFileEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: FileEventKind;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'responsible_staff_code', type: 'text' })
  responsibleStaffCode: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  /** Order, delivery note or repair order number. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** When the file (entry) was recorded; null while it is still owed. */
  @Column({ name: 'filed_at', type: 'timestamptz', nullable: true })
  filedAt: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
