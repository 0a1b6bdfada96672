import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { AppConfig, AppConfigToken } from '@libs/config';
import { DepartmentSettings, departmentSettingsOf } from '@libs/departments/settings';
import { checkShipmentReadiness } from '@libs/departments/shipment-readiness';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { checkOf, partsPaymentNeeded, shipmentRefusalMessage, ShipmentCheck } from '@libs/domain/returns/shipment-readiness';
import { renderStoredTemplate } from '@libs/follow-ups/message-templates/template-store';
import { CaseType } from '@libs/temporal/search-attributes';
import { QueuedMessageInput, queuedMessageWorkflowId } from '@workflows/notifications/queued-message.contract';
import { checkedPeriod } from '../period';
import {
  CreatePartsShipmentDto,
  ListPartsShipmentsQuery,
  mapPartsShipment,
  PartsShipmentDto,
  PartsShipmentListDto,
  PartsShipmentOutcomeDto,
  PartsShipmentRow,
} from './parts-shipment.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS = 'id, waybill_no, case_no, parts, result, courier, billing, order_ref, customer_no, shipped_at, shipped_by, corrected_at, corrected_by';
/** The request field each L-4 check concerns, named with the refusal. */
const FIELD_OF_CHECK: Record<ShipmentCheck, string> = { stock: 'parts', address: 'to', payment: 'orderRef' };
type Parts = Array<{ partNo: string; quantity: number }>;

/** L-5: parts shipments and their outcome, from which the parts shipping accuracy KPI is counted. */
@Injectable()
export class PartsShipmentsService {
  private readonly departments: DepartmentSettings;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly temporal: Client,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {
    this.departments = departmentSettingsOf(config);
  }

  /**
   * Records a shipment once the L-4 checks pass (refused, nothing is written and the customer is not
   * told); the customer, when named, is told the courier and the waybill number by SMS in the same
   * transaction. The same waybill recorded again with the same parts returns the first (`created: false`).
   */
  async record(acting: Acting, dto: CreatePartsShipmentDto): Promise<{ shipment: PartsShipmentDto; created: boolean }> {
    const shippedAt = dto.shippedAt ? new Date(dto.shippedAt) : new Date();
    if (shippedAt.getTime() > Date.now() + 5 * 60_000) throw new DomainError(DomainErrorCode.Validation, 'shippedAt must not be in the future', 'shippedAt');
    const parts = dto.parts.map((p) => ({ partNo: p.partNo.trim(), quantity: p.quantity }));
    // Already recorded: it has gone, so it is not checked again.
    const earlier = await this.recorded(this.dataSource.manager, dto, parts);
    if (earlier) return { shipment: earlier, created: false };
    if (dto.customerNo) await this.requireCustomer(dto.customerNo);
    await this.checkBeforeShipping(dto, parts);
    return this.dataSource.transaction(async (tx) => {
      const inserted: PartsShipmentRow[] = await tx.query(
        `INSERT INTO parts_shipments (waybill_no, case_no, parts, courier, billing, order_ref, customer_no, shipped_at, shipped_by)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (waybill_no) DO NOTHING RETURNING ${COLUMNS}`,
        [dto.waybillNo, dto.caseNo ?? null, JSON.stringify(parts), dto.courier.trim(), dto.billing, dto.orderRef ?? null, dto.customerNo ?? null, shippedAt, acting.principal.actor],
      );
      if (!inserted.length) return { shipment: (await this.recorded(tx, dto, parts))!, created: false };
      const row = inserted[0];
      await this.audit.record(acting, 'parts-shipment.record', `parts-shipment:${row.id}`, { waybillNo: dto.waybillNo, parts: parts.length, billing: dto.billing }, tx);
      if (row.customer_no) await this.tellCustomer(tx, row);
      return { shipment: mapPartsShipment(row), created: true };
    });
  }

  /** The shipment recorded earlier on this waybill, or null; refused when it was recorded with other parts or another case. */
  private async recorded(db: EntityManager, dto: CreatePartsShipmentDto, parts: Parts): Promise<PartsShipmentDto | null> {
    const [earlier]: PartsShipmentRow[] = await db.query(`SELECT ${COLUMNS} FROM parts_shipments WHERE waybill_no = $1`, [dto.waybillNo]);
    if (!earlier) return null;
    if (JSON.stringify(earlier.parts) !== JSON.stringify(parts) || earlier.case_no !== (dto.caseNo ?? null)) {
      throw new DomainError(DomainErrorCode.Conflict, `waybill ${dto.waybillNo} is already recorded with other parts or another case`, 'waybillNo');
    }
    return mapPartsShipment(earlier);
  }

  private async requireCustomer(customerNo: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM customers WHERE customer_no = $1`, [customerNo]);
    if (!rows.length) throw new DomainError(DomainErrorCode.Validation, `customerNo ${customerNo} is unknown`, 'customerNo');
  }

  /**
   * L-4: stock (sales), the address and contact, and for chargeable parts the payment (finance) are
   * confirmed before the shipment is recorded; warranty parts are free (C-10), so finance is not asked.
   * A refusal names every failed check, and the field of the first.
   */
  private async checkBeforeShipping(dto: CreatePartsShipmentDto, parts: Parts): Promise<void> {
    let refusals: string[];
    try {
      ({ refusals } = await checkShipmentReadiness(this.departments, {
        // One check per attempt: a refused shipment is checked afresh when it is recorded again.
        checkId: `PS-${dto.waybillNo}-${Date.now().toString(36)}`,
        caseNo: dto.caseNo ?? `PS-${dto.waybillNo}`,
        orderRef: dto.orderRef ?? '',
        amountFen: dto.amountFen ?? 0,
        paymentNeeded: partsPaymentNeeded(dto.billing),
        to: dto.to,
        items: parts.map((p) => ({ sku: p.partNo, quantity: p.quantity })),
      }));
    } catch (error) {
      throw new DomainError(DomainErrorCode.Unavailable, `发货前检查暂时无法完成，未记录发货（L-4）：${(error as Error).message}`);
    }
    if (refusals.length) throw new DomainError(DomainErrorCode.Conflict, shipmentRefusalMessage(refusals), FIELD_OF_CHECK[checkOf(refusals[0])]);
  }

  /**
   * L-4: the customer is told the courier and the waybill number, from the message template: queued
   * with the shipment, and handed to the SMS gateway by a delivery workflow started last in the same
   * transaction (if Temporal refuses, nothing is recorded and the request can be sent again).
   */
  private async tellCustomer(tx: EntityManager, row: PartsShipmentRow): Promise<void> {
    const text = await renderStoredTemplate(tx, { template: 'parts_shipped', channel: 'sms', variables: { waybillNo: row.waybill_no, courier: row.courier! } });
    const dedupeKey = `parts-shipment:${row.id}:shipped`;
    await tx.query(
      `INSERT INTO notification_outbox (dedupe_key, channel, recipient, subject, body, case_no) VALUES ($1, 'sms', $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING`,
      [dedupeKey, row.customer_no, text.subject, text.body, row.case_no],
    );
    try {
      await this.temporal.workflow.start('queuedMessageWorkflow', {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: queuedMessageWorkflowId(dedupeKey),
        args: [{ dedupeKey } satisfies QueuedMessageInput],
        typedSearchAttributes: [{ key: CaseType, value: 'message' }],
        staticSummary: `SMS to ${row.customer_no}: parts shipped on waybill ${row.waybill_no} (L-4)`,
        staticDetails: [`**Outbox key:** ${dedupeKey}`, `**Channel:** SMS to the phone in the customer's file`, `**Shipment:** ${row.id}${row.case_no ? ` (case ${row.case_no})` : ''}`].join('  \n'),
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw new DomainError(DomainErrorCode.Unavailable, `the workflow service did not accept the customer's SMS; the shipment was not recorded: ${(error as Error).message}`);
    }
  }

  /** L-5: a correction or complaint found a wrong or missing part; the shipment counts as inaccurate from then on. */
  async recordOutcome(acting: Acting, id: string, dto: PartsShipmentOutcomeDto): Promise<PartsShipmentDto> {
    if (!UUID.test(id)) throw new DomainError(DomainErrorCode.NotFound, `no parts shipment ${id}`, 'id');
    return this.dataSource.transaction(async (tx) => {
      const [rows]: [PartsShipmentRow[], number] = await tx.query(
        `UPDATE parts_shipments SET result = $2, corrected_at = now(), corrected_by = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, dto.result, acting.principal.actor],
      );
      if (!rows.length) throw new DomainError(DomainErrorCode.NotFound, `no parts shipment ${id}`, 'id');
      await this.audit.record(acting, 'parts-shipment.outcome', `parts-shipment:${id}`, { result: dto.result }, tx);
      return mapPartsShipment(rows[0]);
    });
  }

  async list(query: ListPartsShipmentsQuery): Promise<PartsShipmentListDto> {
    const { from, to } = checkedPeriod(query);
    const where = ['($1::timestamptz IS NULL OR shipped_at >= $1)', '($2::timestamptz IS NULL OR shipped_at < $2)', '($3::text IS NULL OR result = $3)'].join(' AND ');
    const values = [from ?? null, to ?? null, query.result ?? null];
    const rows: PartsShipmentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM parts_shipments WHERE ${where} ORDER BY shipped_at DESC, id LIMIT $4 OFFSET $5`,
      [...values, query.limit, query.offset],
    );
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM parts_shipments WHERE ${where}`, values);
    return { items: rows.map(mapPartsShipment), total };
  }
}
