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

  @Column({ name: 'contact_person', type: 'text', nullable: true })
  contactPerson: string | null;

  /** Installation/delivery address; with the organisation, what A-4 completeness counts. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** IANA time zone for quiet hours and greetings (F-5, F-6). */
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Shanghai' })
  timeZone: string;

  /** The service agent who looks after this customer. */
  @Column({ name: 'assigned_agent_code', type: 'text', nullable: true })
  assignedAgentCode: string | null;

  /** partners and group-buy customers stay with the staff member who brought them in. */
  @Column({ name: 'brought_in_by', type: 'text', nullable: true })
  broughtInBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
