import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Acting } from '@libs/audit';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { FollowUpIntakeService } from '../follow-up-intake.service';
import { CreateCustomerEventDto, CustomerEventDto } from './customer-event.dto';

interface EventRow {
  id: string;
  kind: string;
  name: string;
  event_at: Date;
  customer_nos: string[];
  plan_ids: string[];
  created_by: string;
  created_at: Date;
}

const view = (r: EventRow): CustomerEventDto => ({
  id: Number(r.id),
  kind: r.kind,
  name: r.name,
  date: r.event_at.toISOString(),
  plans: r.customer_nos.map((customerNo, i) => ({ customerNo, planId: r.plan_ids[i] })),
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
});

/**
 * F-8: an event (a service day, a product recall) and its chosen customers. Each customer gets an
 * invitation plan under the follow-up policy: the call on the worklist two weeks before the event, then
 * the letter once the call is done; the event keeps the plans, so both are recorded per customer.
 */
@Injectable()
export class CustomerEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: FollowUpIntakeService,
  ) {}

  async create(acting: Acting, dto: CreateCustomerEventDto, idempotencyKey?: string): Promise<{ event: CustomerEventDto; created: boolean }> {
    if (idempotencyKey) {
      const known = await this.find(acting.principal.actor, idempotencyKey);
      if (known) return { event: known, created: false };
    }
    const at = Date.parse(dto.date);
    if (at <= Date.now()) throw new DomainError(DomainErrorCode.Validation, 'date must be in the future: customers are invited ahead of the event', 'date');
    const customerNos = [...new Set(dto.customerNos)];
    await this.checkCustomers(customerNos, dto.customerNos);
    const planIds: string[] = [];
    for (const customerNo of customerNos) {
      const plan = await this.intake.register(acting, { customerNo, trigger: 'event_invitation', occurredAt: dto.date, eventName: dto.name.trim(), ...(dto.policyCode ? { policyCode: dto.policyCode } : {}) }, idempotencyKey ? `${idempotencyKey}:${customerNo}` : undefined);
      planIds.push(plan.planId);
    }
    const [row]: EventRow[] = await this.dataSource.query(
      `INSERT INTO customer_events (kind, name, event_at, customer_nos, plan_ids, created_by, idempotency_key) VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT (created_by, idempotency_key) DO NOTHING RETURNING *`,
      [dto.kind, dto.name.trim(), new Date(at), JSON.stringify(customerNos), JSON.stringify(planIds), acting.principal.actor, idempotencyKey ?? null],
    );
    if (!row) return { event: (await this.find(acting.principal.actor, idempotencyKey!))!, created: false };
    return { event: view(row), created: true };
  }

  /** Every customer must have a file; a 400 names the first that has none (`customerNos.2`), before anything is made. */
  private async checkCustomers(unique: string[], given: string[]): Promise<void> {
    const rows: Array<{ customer_no: string }> = await this.dataSource.query(`SELECT customer_no FROM customers WHERE customer_no = ANY($1::text[])`, [unique]);
    const known = new Set(rows.map((r) => r.customer_no));
    const missing = given.findIndex((c) => !known.has(c));
    if (missing >= 0) throw new DomainError(DomainErrorCode.Validation, `customerNos.${missing}: no customer file ${given[missing]}`, `customerNos.${missing}`);
  }

  private async find(actor: string, idempotencyKey: string): Promise<CustomerEventDto | null> {
    const [row]: EventRow[] = await this.dataSource.query(`SELECT * FROM customer_events WHERE created_by = $1 AND idempotency_key = $2`, [actor, idempotencyKey]);
    return row ? view(row) : null;
  }
}
