import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';

/** Customer file. Personal data lives here and in encrypted payloads, never in search attributes. */
@Entity({ name: 'customers' })
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Business number used everywhere outside this table, e.g. `CU-000001`. */
  @Column({ name: 'customer_no', unique: true })
  customerNo: string;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', default: 'regular' })
  tier: CustomerTier;

  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
