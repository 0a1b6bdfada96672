import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintCategory, ComplaintSeverity } from '@libs/domain/complaints/complaint-category';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';

/**
 * Complaint SLA policy as data (C-3, C-5, C-6). A null selector matches any value; the most
 * specific active policy wins. A policy is never edited in place: a change is a new version.
 */
@Entity({ name: 'sla_policies' })
export class SlaPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  code: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text', nullable: true })
  category: ComplaintCategory | null;

  @Column({ type: 'text', nullable: true })
  severity: ComplaintSeverity | null;

  @Column({ name: 'customer_tier', type: 'text', nullable: true })
  customerTier: CustomerTier | null;

  /** `24x7` or `cn-working-hours` (working hours in the policy's time zone, statutory holidays off). */
  @Column({ type: 'text', default: '24x7' })
  calendar: string;

  @Column({ name: 'time_zone', default: 'Asia/Shanghai' })
  timeZone: string;

  // Durations are seconds of business time on the policy's calendar (seconds, so that tests and
  // drills can run whole ladders in a minute).
  @Column({ name: 'first_contact_seconds', type: 'int' })
  firstContactSeconds: number;

  @Column({ name: 'resolution_seconds', type: 'int' })
  resolutionSeconds: number;

  @Column({ name: 'supervisor_report_seconds', type: 'int' })
  supervisorReportSeconds: number;

  /** Business seconds after registration at which an unresolved case climbs one more level. */
  @Column({ name: 'escalation_steps_seconds', type: 'int', array: true, default: () => "'{}'" })
  escalationStepsSeconds: number[];

  /** C-8: business-agnostic delay from resolution to the satisfaction call. */
  @Column({ name: 'satisfaction_call_seconds', type: 'int', default: 86400 })
  satisfactionCallSeconds: number;

  @Column({ default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
