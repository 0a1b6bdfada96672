import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SoldVia } from '@libs/domain/customers/customer-file';

/** A product a customer owns; its dates drive follow-up calls and reminders (F-1, F-2, F-7). */
@Entity({ name: 'customer_products' })
export class CustomerProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'text' })
  model: string;

  /** Serial number or VIN. */
  @Column({ name: 'serial_no', type: 'text', nullable: true })
  serialNo: string | null;

  /** Licence plate, for vehicles. */
  @Column({ type: 'text', nullable: true })
  plate: string | null;

  @Column({ name: 'purchase_date', type: 'date', nullable: true })
  purchaseDate: string | null;

  @Column({ name: 'warranty_end', type: 'date', nullable: true })
  warrantyEnd: string | null;

  /** F-1: sales through secondary outlets get their first call later. */
  @Column({ name: 'sold_via', type: 'text', default: 'direct' })
  soldVia: SoldVia;

  @Column({ name: 'next_maintenance_date', type: 'date', nullable: true })
  nextMaintenanceDate: string | null;

  @Column({ name: 'inspection_due_date', type: 'date', nullable: true })
  inspectionDueDate: string | null;

  @Column({ name: 'insurance_renewal_date', type: 'date', nullable: true })
  insuranceRenewalDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
