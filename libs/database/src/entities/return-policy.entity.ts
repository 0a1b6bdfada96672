import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ReturnPolicyTerms } from '@libs/domain/returns/return-policy';

/** return timeouts as data. Never edited in place: a change is a new version of the code. */
@Entity({ name: 'return_policies' })
@Unique(['code', 'version'])
export class ReturnPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  code: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  terms: ReturnPolicyTerms;

  @Column({ default: true })
  active: boolean;

  @Column({ name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
