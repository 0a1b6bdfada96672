import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { StatementParameters } from '@libs/database';
import type { Principal } from '@libs/domain/staff/access';
import { auditSafeDetails } from './audit-details';

/** The caller of a request: who, and the request id that ties the audit row to the logs. */
export interface Acting {
  principal: Principal;
  requestId?: string;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends one audit row; pass the transaction's manager so the row commits with the change. */
  async record(acting: Acting, action: string, resource: string, details: Record<string, unknown> = {}, manager?: EntityManager): Promise<void> {
    const params = new StatementParameters();
    await (manager ?? this.dataSource.manager).query(this.recordIn(params, acting, action, resource, details), params.values);
  }

  /**
   * The audit row as SQL, for `record` or as one part of a statement that writes it together with the change
   * it records. Free text (notes, reasons) names customers: the row keeps only its length.
   */
  recordIn(params: StatementParameters, acting: Acting, action: string, resource: string, details: Record<string, unknown> = {}): string {
    const values = [acting.principal.actor, acting.principal.role, action, resource, acting.requestId ?? null].map((value) => params.bind(value));
    return `INSERT INTO audit_events (actor, actor_role, action, resource, request_id, details)
     VALUES (${values.join(', ')}, ${params.bind(JSON.stringify(auditSafeDetails(details)))}::jsonb)`;
  }
}
