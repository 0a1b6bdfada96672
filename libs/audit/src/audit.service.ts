import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from '@libs/database';
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
    await (manager ?? this.dataSource.manager).insert(AuditEventEntity, {
      actor: acting.principal.actor,
      actorRole: acting.principal.role,
      action,
      resource,
      requestId: acting.requestId ?? null,
      // Free text (notes, reasons) names customers: the audit row keeps only its length.
      details: auditSafeDetails(details) as AuditEventEntity['details'] & object,
    });
  }
}
