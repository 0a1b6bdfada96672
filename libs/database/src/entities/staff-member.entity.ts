import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import type { StaffRole, StaffStatus } from '@libs/domain/staff/staff';

@Entity({ name: 'staff_members' })
export class StaffMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human-readable staff code shown in the Temporal UI (`AssignedAgent`), e.g. `AG-003`. */
  @Column({ unique: true })
  code: string;

  @Column()
  name: string;

  @Column({ type: 'text' })
  role: StaffRole;

  /** Complaint categories this agent handles (A-5: assignment weighs skill). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: ComplaintCategory[];

  /** Dedicated VIP agent. */
  @Column({ name: 'serves_vip', default: false })
  servesVip: boolean;

  /** Open cases this agent should carry at most. */
  @Column({ type: 'int', default: 30 })
  capacity: number;

  @Column({ type: 'text', default: 'active' })
  status: StaffStatus;

  /** while absent, the colleague who takes over. */
  @Column({ name: 'delegate_code', type: 'text', nullable: true })
  delegateCode: string | null;

  /** The reporting line: an agent's supervisor, a supervisor's manager; escalations reach this person. */
  @Column({ name: 'reports_to_code', type: 'text', nullable: true })
  reportsToCode: string | null;

  @Column({ name: 'department_code', type: 'text', nullable: true })
  departmentCode: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true, unique: true })
  username: string | null;

  /** scrypt hash; never selected unless asked for. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  /** Raised when the person's access ends (departure, credential reset, sign-out everywhere): older tokens stop working. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
