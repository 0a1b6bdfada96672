import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
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
const COLUMNS = 'id, waybill_no, case_no, parts, result, shipped_at, shipped_by, corrected_at, corrected_by';

/** L-5: parts shipments and their outcome, from which the parts shipping accuracy KPI is counted. */
@Injectable()
export class PartsShipmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Records a shipment; the same waybill recorded again with the same parts returns the first (`created: false`). */
  async record(acting: Acting, dto: CreatePartsShipmentDto): Promise<{ shipment: PartsShipmentDto; created: boolean }> {
    const shippedAt = dto.shippedAt ? new Date(dto.shippedAt) : new Date();
    if (shippedAt.getTime() > Date.now() + 5 * 60_000) throw new DomainError(DomainErrorCode.Validation, 'shippedAt must not be in the future', 'shippedAt');
    const parts = dto.parts.map((p) => ({ partNo: p.partNo.trim(), quantity: p.quantity }));
    return this.dataSource.transaction(async (tx) => {
      const inserted: PartsShipmentRow[] = await tx.query(
        `INSERT INTO parts_shipments (waybill_no, case_no, parts, shipped_at, shipped_by) VALUES ($1, $2, $3::jsonb, $4, $5)
         ON CONFLICT (waybill_no) DO NOTHING RETURNING ${COLUMNS}`,
        [dto.waybillNo, dto.caseNo ?? null, JSON.stringify(parts), shippedAt, acting.principal.actor],
      );
      if (inserted.length) {
        await this.audit.record(acting, 'parts-shipment.record', `parts-shipment:${inserted[0].id}`, { waybillNo: dto.waybillNo, parts: parts.length }, tx);
        return { shipment: mapPartsShipment(inserted[0]), created: true };
      }
      const [earlier]: PartsShipmentRow[] = await tx.query(`SELECT ${COLUMNS} FROM parts_shipments WHERE waybill_no = $1`, [dto.waybillNo]);
      if (JSON.stringify(earlier.parts) !== JSON.stringify(parts) || earlier.case_no !== (dto.caseNo ?? null)) {
        throw new DomainError(DomainErrorCode.Conflict, `waybill ${dto.waybillNo} is already recorded with other parts or another case`, 'waybillNo');
      }
      return { shipment: mapPartsShipment(earlier), created: false };
    });
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
