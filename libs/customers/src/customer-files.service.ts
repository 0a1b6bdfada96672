import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { CaseRecordEntity, CustomerEntity, CustomerFileEventEntity, CustomerProductEntity, StaffMemberEntity } from '@libs/database';
import { chooseCustomerAgent } from '@libs/domain/customers/assign-customer';
import { normalisePhone } from '@libs/domain/customers/customer-search';
import { assertTimeZone } from '@libs/domain/calendar/zoned-time';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { allocateCustomerNumber } from './customer-numbers';
import { pgCode, requireCustomer, requireStaff } from './customer-lookup';
import { CustomerProductsService } from './customer-products.service';
import { FileEventsService } from './file-events.service';
import { FollowUpTriggers } from '@libs/follow-ups/triggers/follow-up-triggers.service';
import { CreateCustomerDto, UpdateCustomerDto } from './dto/customer.dto';
import { CustomerDetailDto, mapCustomerDetail } from './dto/customer-response.dto';
import { mapFileEvent } from './dto/customer-file-event.dto';
import { mapProduct } from './dto/customer-product.dto';

const HISTORY_LIMIT = 100;

/** Customer files: create, read with products and service history, change, remove. */
@Injectable()
export class CustomerFilesService {
  private readonly logger = new Logger(CustomerFilesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly products: CustomerProductsService,
    private readonly fileEvents: FileEventsService,
    private readonly followUps: FollowUpTriggers,
  ) {}

  async create(acting: Acting, dto: CreateCustomerDto): Promise<CustomerDetailDto> {
    if (dto.fileEventId && dto.fileEvent) throw new DomainError(DomainErrorCode.Validation, 'give either fileEventId or fileEvent, not both', 'fileEvent');
    checkTimeZone(dto.timeZone);
    dto.products?.forEach((p, i) => this.products.check(p, `products.${i}`));
    const customerNo = await this.dataSource
      .transaction(async (tx) => {
        if (dto.assignedAgentCode) await requireStaff(tx, dto.assignedAgentCode, 'assignedAgentCode');
        if (dto.broughtInBy) await requireStaff(tx, dto.broughtInBy, 'broughtInBy');
        if (dto.customerNo && (await tx.existsBy(CustomerEntity, { customerNo: dto.customerNo }))) {
          throw new DomainError(DomainErrorCode.Conflict, `customer ${dto.customerNo} exists`, 'customerNo');
        }
        const number = dto.customerNo ?? (await allocateCustomerNumber(tx));
        const tier = dto.tier ?? 'regular';
        const assigned = dto.assignedAgentCode ?? (await this.chooseAgent(tx, tier, dto.broughtInBy ?? null));
        const customer = await tx.save(
          tx.create(CustomerEntity, {
            customerNo: number,
            name: dto.name.trim(),
            organisation: dto.organisation ?? null,
            phone: dto.phone ? normalisePhone(dto.phone) : null,
            region: dto.region ?? null,
            address: dto.address ?? null,
            contactPerson: dto.contactPerson ?? null,
            tier,
            birthday: dto.birthday ?? null,
            timeZone: dto.timeZone ?? 'Asia/Shanghai',
            assignedAgentCode: assigned,
            broughtInBy: dto.broughtInBy ?? null,
          }),
        );
        for (const product of dto.products ?? []) await this.products.insert(tx, customer.id, product);
        // the file settles the event it was created for.
        const settled = dto.fileEventId ? await this.fileEvents.markFiled(tx, dto.fileEventId, customer.id, 'fileEventId') : null;
        const recorded = dto.fileEvent ? await this.fileEvents.insert(tx, acting, { ...dto.fileEvent, customerNo: undefined }, customer.id, new Date()) : null;
        await this.audit.record(acting, 'customer.create', `customer:${number}`, { assignedAgentCode: assigned, products: dto.products?.length ?? 0 }, tx);
        // Last: A-6, the new customer is called within 3 days; F-1, F-2, the event the file settles starts its own plan.
        await this.followUps.emit({ kind: 'customer_created', id: number, customerId: customer.id, occurredAt: customer.createdAt.getTime() });
        for (const event of [settled, recorded]) if (event) await this.fileEvents.startFollowUp(event);
        return number;
      })
      .catch((error: unknown) => {
        if (pgCode(error) === '23505') throw new DomainError(DomainErrorCode.Conflict, `customer ${dto.customerNo} exists`, 'customerNo');
        throw error;
      });
    this.logger.log(`customer ${customerNo} created by ${acting.principal.actor}`);
    return this.get(customerNo);
  }

  async get(customerNo: string): Promise<CustomerDetailDto> {
    const m = this.dataSource.manager;
    const customer = await requireCustomer(m, customerNo);
    const [products, history, events] = await Promise.all([
      m.find(CustomerProductEntity, { where: { customerId: customer.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      m.find(CaseRecordEntity, { where: { customerId: customer.id }, order: { createdAt: 'DESC', caseNo: 'DESC' }, take: HISTORY_LIMIT }),
      m.find(CustomerFileEventEntity, { where: { customerId: customer.id }, order: { occurredAt: 'DESC' } }),
    ]);
    const now = new Date();
    return mapCustomerDetail(customer, products.map(mapProduct), history, events.map((e) => mapFileEvent(e, customerNo, now)));
  }

  /** changes take effect at once and are audited (which fields, not their values). */
  async update(acting: Acting, customerNo: string, dto: UpdateCustomerDto): Promise<CustomerDetailDto> {
    for (const field of ['name', 'tier', 'timeZone'] as const) {
      if (dto[field] === null) throw new DomainError(DomainErrorCode.Validation, `${field} cannot be cleared`, field);
    }
    checkTimeZone(dto.timeZone);
    const changed = Object.keys(dto).filter((k) => (dto as Record<string, unknown>)[k] !== undefined);
    if (changed.length === 0) throw new DomainError(DomainErrorCode.Validation, 'give at least one field to change', 'body');
    await this.dataSource.transaction(async (tx) => {
      const customer = await requireCustomer(tx, customerNo);
      if (dto.assignedAgentCode) await requireStaff(tx, dto.assignedAgentCode, 'assignedAgentCode');
      if (dto.broughtInBy) await requireStaff(tx, dto.broughtInBy, 'broughtInBy');
      const patch = Object.fromEntries(changed.map((k) => [k, (dto as Record<string, unknown>)[k]]));
      if (typeof patch.name === 'string') patch.name = patch.name.trim();
      if (typeof patch.phone === 'string') patch.phone = normalisePhone(patch.phone);
      await tx.update(CustomerEntity, { id: customer.id }, patch);
      await this.audit.record(acting, 'customer.update', `customer:${customerNo}`, { fields: changed }, tx);
    });
    return this.get(customerNo);
  }

  /** A file with service history stays (its cases refer to it); one without can be removed. */
  async remove(acting: Acting, customerNo: string): Promise<void> {
    await this.dataSource
      .transaction(async (tx) => {
        const customer = await requireCustomer(tx, customerNo);
        const cases = await tx.count(CaseRecordEntity, { where: { customerId: customer.id } });
        if (cases > 0) throw new DomainError(DomainErrorCode.Conflict, `customer ${customerNo} has ${cases} cases; a file with service history is kept`, 'customerNo');
        // K-8 keeps the event and who was responsible, without the file.
        await tx.update(CustomerFileEventEntity, { customerId: customer.id }, { customerId: null, productId: null });
        await tx.delete(CustomerProductEntity, { customerId: customer.id });
        await tx.delete(CustomerEntity, { id: customer.id });
        await this.audit.record(acting, 'customer.delete', `customer:${customerNo}`, {}, tx);
      })
      .catch((error: unknown) => {
        if (pgCode(error) === '23503') throw new DomainError(DomainErrorCode.Conflict, `customer ${customerNo} is still referred to (follow-up plans or calls); it is kept`, 'customerNo');
        throw error;
      });
  }

  /** who looks after a new customer. */
  private async chooseAgent(tx: EntityManager, tier: CustomerEntity['tier'], broughtInBy: string | null): Promise<string | null> {
    const rows: Array<{ code: string; serves_vip: boolean; status: StaffMemberEntity['status']; customers: string }> = await tx.query(
      `SELECT s.code, s.serves_vip, s.status, (SELECT count(*) FROM customers c WHERE c.assigned_agent_code = s.code) AS customers
         FROM staff_members s WHERE s.role = 'agent' AND s.status = 'active'`,
    );
    const chosen = chooseCustomerAgent(
      rows.map((r) => ({ code: r.code, servesVip: r.serves_vip, status: r.status, customers: Number(r.customers) })),
      { tier, broughtInBy },
    );
    return chosen?.code ?? null;
  }
}

function checkTimeZone(timeZone: string | undefined): void {
  if (timeZone === undefined) return;
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new DomainError(DomainErrorCode.Validation, 'timeZone must be an IANA time zone like Asia/Shanghai', 'timeZone');
  }
}
