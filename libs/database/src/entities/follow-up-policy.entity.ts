import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FollowUpPolicyTerms } from '@libs/domain/follow-ups/follow-up-policy';

/** Follow-up plans, quiet hours, samples and care as data (F-1..F-10, A-6). Never edited in place: a change is a new version. */
@Entity({ name: 'follow_up_policies' })
@Unique(['code', 'version'])
export class FollowUpPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  code: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  terms: FollowUpPolicyTerms;

  @Column({ default: true })
  active: boolean;

  @Column({ name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
