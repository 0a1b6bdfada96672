import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { CustomerEntity, CustomerFileEventEntity } from '@libs/database';
import { fileDueAt } from '@libs/domain/customers/file-deadline';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { REPORT_TIME_ZONE } from '@libs/domain/reports/report-period';
import { mayNameResponsible } from '@libs/domain/staff/access';
import { STAFF_CODE } from '@libs/domain/staff/staff';
import { FollowUpTriggers } from '@libs/follow-ups/triggers/follow-up-triggers.service';
import { instantOf, requireCustomer, requireStaff } from './customer-lookup';
import { CreateFileEventDto, FileEventDto, FileEventListDto, ListFileEventsQuery, mapFileEvent } from './dto/customer-file-event.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A-2 / K-8: events that owe a file entry, their deadlines and who is charged with a late one. */
@Injectable()
export class FileEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly followUps: FollowUpTriggers,
  ) {}

  async record(acting: Acting, dto: CreateFileEventDto): Promise<FileEventDto> {
    return this.dataSource.transaction(async (tx) => {
      const customer = dto.customerNo ? await requireCustomer(tx, dto.customerNo) : null;
      const event = await this.insert(tx, acting, dto, customer?.id ?? null, null);
      await this.audit.record(acting, 'customer-file-event.record', `customer-file-event:${event.id}`, { kind: dto.kind, responsible: event.responsibleStaffCode }, tx);
      await this.startFollowUp(event);
      return mapFileEvent(event, customer?.customerNo ?? null, new Date());
    });
  }

  /** The deadline is fixed when the event is recorded; `filedAt` is set when the file is already there. */
  async insert(tx: EntityManager, acting: Acting, dto: CreateFileEventDto, customerId: string | null, filedAt: Date | null): Promise<CustomerFileEventEntity> {
    const responsible = dto.responsibleStaffCode ?? acting.principal.actor;
    if (!STAFF_CODE.test(responsible)) throw new DomainError(DomainErrorCode.Validation, 'responsibleStaffCode is required when the caller is not a staff member', 'responsibleStaffCode');
    // K-8: a late hand-over is a breach charged to this person; only supervisors and up charge someone else.
    if (!mayNameResponsible(acting.principal, responsible)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'only supervisors and up may name someone else as responsible', 'responsibleStaffCode');
    }
    await requireStaff(tx, responsible, 'responsibleStaffCode');
    const occurredAt = new Date(dto.occurredAt);
    if (occurredAt.getTime() > Date.now() + 5 * 60_000) throw new DomainError(DomainErrorCode.Validation, 'occurredAt must not be in the future', 'occurredAt');
    const event = await tx.save(
      tx.create(CustomerFileEventEntity, {
        kind: dto.kind,
        occurredAt,
        dueAt: fileDueAt(dto.kind, occurredAt, { timeZone: REPORT_TIME_ZONE }),
        responsibleStaffCode: responsible,
        customerId,
        reference: dto.reference ?? null,
        note: dto.note ?? null,
        filedAt,
        createdBy: acting.principal.actor,
      }),
    );
    return event;
  }

  /**
   * F-1, F-2: the event's follow-up plan, for the customer's own agent, once the event names its
   * customer (when recorded, or when a new customer's file settles it). Called last in the transaction.
   */
  async startFollowUp(event: CustomerFileEventEntity): Promise<void> {
    if (!event.customerId) return;
    await this.followUps.emit({ kind: event.kind, id: event.id, customerId: event.customerId, occurredAt: event.occurredAt.getTime(), ...(event.reference ? { reference: event.reference } : {}) });
  }

  async fileEvent(acting: Acting, id: string, customerNo?: string): Promise<FileEventDto> {
    return this.dataSource.transaction(async (tx) => {
      const customer = customerNo ? await requireCustomer(tx, customerNo) : null;
      const event = await this.markFiled(tx, id, customer?.id ?? null, 'id');
      await this.audit.record(acting, 'customer-file-event.filed', `customer-file-event:${id}`, { late: event.filedAt! > event.dueAt }, tx);
      const no = event.customerId ? (await tx.findOneBy(CustomerEntity, { id: event.customerId }))?.customerNo ?? null : null;
      // An event that named no customer starts its follow-up now (one that did, started it once already).
      await this.startFollowUp(event);
      return mapFileEvent(event, no, new Date());
    });
  }

  /** Settles an event now; an event settled before, or filed into another customer's file, is refused. */
  async markFiled(tx: EntityManager, id: string, customerId: string | null, field: string): Promise<CustomerFileEventEntity> {
    if (!UUID.test(id)) throw new DomainError(DomainErrorCode.Validation, `${field} must be a UUID`, field);
    const event = await tx.findOne(CustomerFileEventEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw new DomainError(DomainErrorCode.NotFound, `no file event ${id}`, field);
    if (event.filedAt) throw new DomainError(DomainErrorCode.Conflict, `file event ${id} was filed at ${event.filedAt.toISOString()}`, field);
    if (event.customerId && customerId && event.customerId !== customerId) {
      throw new DomainError(DomainErrorCode.Conflict, `file event ${id} belongs to another customer`, field);
    }
    if (!event.customerId && !customerId) throw new DomainError(DomainErrorCode.Validation, 'customerNo is required: the event names no customer yet', 'customerNo');
    event.customerId = event.customerId ?? customerId;
    event.filedAt = new Date();
    return tx.save(event);
  }

  async list(query: ListFileEventsQuery): Promise<FileEventListDto> {
    const q = this.dataSource.manager
      .createQueryBuilder(CustomerFileEventEntity, 'e')
      .orderBy('e.due_at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.staff) q.andWhere('e.responsible_staff_code = :staff', { staff: query.staff });
    if (query.from) q.andWhere('e.due_at >= :from', { from: instantOf(query.from) });
    if (query.to) q.andWhere('e.due_at < :to', { to: instantOf(query.to) });
    switch (query.status) {
      case 'on_time':
        q.andWhere('e.filed_at IS NOT NULL AND e.filed_at <= e.due_at');
        break;
      case 'late':
        q.andWhere('e.filed_at > e.due_at');
        break;
      case 'overdue':
        q.andWhere('e.filed_at IS NULL AND e.due_at < now()');
        break;
      case 'open':
        q.andWhere('e.filed_at IS NULL AND e.due_at >= now()');
        break;
    }
    const [rows, total] = await q.getManyAndCount();
    const ids = [...new Set(rows.map((r) => r.customerId).filter((id): id is string => id !== null))];
    const customers = ids.length ? await this.dataSource.manager.find(CustomerEntity, { where: { id: In(ids) }, select: { id: true, customerNo: true } }) : [];
    const numbers = new Map(customers.map((c) => [c.id, c.customerNo]));
    const now = new Date();
    return { items: rows.map((r) => mapFileEvent(r, r.customerId ? numbers.get(r.customerId) ?? null : null, now)), total };
  }
}
