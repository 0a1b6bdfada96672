import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when (C-13 asks for a log of every handling step). Append-only. */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column()
  actor: string;

  @Column({ name: 'actor_role' })
  actorRole: string;

  @Column()
  action: string;

  /** What was acted on, e.g. `complaint:CP-20261124-0001` or `api-key:abc123`. */
  @Column()
  resource: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
