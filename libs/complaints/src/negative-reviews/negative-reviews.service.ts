import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { checkReviewStep, chooseReviewRemedy, NegativeReviewStatus } from '@libs/domain/complaints/negative-review';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { checkedPeriod } from '@libs/returns/period';
import { CustomerWordsSealer } from './customer-words-sealer';
import {
  CloseNegativeReviewDto,
  ContactBuyerDto,
  ListNegativeReviewsQuery,
  mapNegativeReview,
  NegativeReviewDetailDto,
  NegativeReviewDto,
  NegativeReviewListDto,
  NegativeReviewRow,
  OfferRemedyDto,
  RecordNegativeReviewDto,
} from './negative-review.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SELECT = `SELECT r.*, k.customer_no, k.tier AS customer_tier FROM negative_reviews r LEFT JOIN customers k ON k.id = r.customer_id`;

/** C-15: negative reviews: recorded, the buyer contacted, a remedy offered, closed; each step dated with its handler. */
@Injectable()
export class NegativeReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sealer: CustomerWordsSealer,
  ) {}

  /** One review per platform and order: recording it again with the same rating and text returns the first (`created: false`). */
  async record(acting: Acting, dto: RecordNegativeReviewDto): Promise<{ review: NegativeReviewDetailDto; created: boolean }> {
    const sealed = await this.sealer.seal(dto.text);
    return this.dataSource.transaction(async (tx) => {
      let customerId: string | null = null;
      if (dto.customerNo) {
        const [customer]: Array<{ id: string }> = await tx.query(`SELECT id FROM customers WHERE customer_no = $1`, [dto.customerNo]);
        if (!customer) throw new DomainError(DomainErrorCode.NotFound, `no customer ${dto.customerNo}`, 'customerNo');
        customerId = customer.id;
      }
      const progress = [{ at: new Date().toISOString(), event: 'recorded', by: acting.principal.actor }];
      const inserted: Array<{ id: string }> = await tx.query(
        `INSERT INTO negative_reviews (platform, order_no, rating, review_text_sealed, customer_id, status, progress, recorded_by)
         VALUES ($1, $2, $3, $4, $5, 'recorded', $6::jsonb, $7) ON CONFLICT (platform, order_no) DO NOTHING RETURNING id`,
        [dto.platform, dto.orderNo, dto.rating, sealed, customerId, JSON.stringify(progress), acting.principal.actor],
      );
      if (inserted.length) {
        await this.audit.record(acting, 'negative-review.record', `negative-review:${inserted[0].id}`, { platform: dto.platform, rating: dto.rating }, tx);
        return { review: await this.detail(await this.load(tx, inserted[0].id)), created: true };
      }
      const [earlier]: NegativeReviewRow[] = await tx.query(`${SELECT} WHERE r.platform = $1 AND r.order_no = $2`, [dto.platform, dto.orderNo]);
      const review = await this.detail(earlier);
      if (review.rating !== dto.rating || review.text !== dto.text || (dto.customerNo !== undefined && review.customerNo !== dto.customerNo)) {
        throw new DomainError(DomainErrorCode.Conflict, `a review of ${dto.platform} order ${dto.orderNo} is already recorded with another rating, text or customer`, 'orderNo');
      }
      return { review, created: false };
    });
  }

  async get(id: string): Promise<NegativeReviewDetailDto> {
    return this.detail(await this.load(this.dataSource.manager, id));
  }

  async list(query: ListNegativeReviewsQuery): Promise<NegativeReviewListDto> {
    const { from, to } = checkedPeriod(query);
    const where = [
      '($1::text IS NULL OR r.status = $1)',
      '($2::text IS NULL OR r.platform = $2)',
      '($3::timestamptz IS NULL OR r.recorded_at >= $3)',
      '($4::timestamptz IS NULL OR r.recorded_at < $4)',
    ].join(' AND ');
    const values = [query.status ?? null, query.platform ?? null, from ?? null, to ?? null];
    const rows: NegativeReviewRow[] = await this.dataSource.query(`${SELECT} WHERE ${where} ORDER BY r.recorded_at DESC, r.id LIMIT $5 OFFSET $6`, [...values, query.limit, query.offset]);
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM negative_reviews r WHERE ${where}`, values);
    return { items: rows.map(mapNegativeReview), total };
  }

  /** The buyer was reached: the caller becomes the handler; whether the item was used decides the remedy. */
  contact(acting: Acting, id: string, dto: ContactBuyerDto): Promise<NegativeReviewDto> {
    const at = dto.contactedAt ? new Date(dto.contactedAt) : new Date();
    if (at.getTime() > Date.now() + 5 * 60_000) throw new DomainError(DomainErrorCode.Validation, 'contactedAt must not be in the future', 'contactedAt');
    return this.step(acting, id, 'contact', 'contacted', () => ({
      sets: 'item_used = $3, contacted_at = $4, handler_code = $5',
      values: [dto.itemUsed, at, acting.principal.actor],
      at,
    }));
  }

  /** C-15: the remedy follows from the item's use (see chooseReviewRemedy). */
  offerRemedy(acting: Acting, id: string, dto: OfferRemedyDto): Promise<NegativeReviewDto> {
    return this.step(acting, id, 'offer_remedy', 'remedy_offered', (row) => {
      const remedy = chooseReviewRemedy({ itemUsed: row.item_used ?? true, customerIsVip: row.customer_tier === 'vip', requested: dto.remedy });
      return { sets: 'remedy = $3, remedy_offered_at = now()', values: [remedy], detail: remedy };
    });
  }

  close(acting: Acting, id: string, dto: CloseNegativeReviewDto): Promise<NegativeReviewDto> {
    return this.step(acting, id, 'close', 'closed', () => ({ sets: 'outcome = $3, closed_at = now()', values: [dto.outcome], detail: dto.outcome }));
  }

  private step(
    acting: Acting,
    id: string,
    step: 'contact' | 'offer_remedy' | 'close',
    status: NegativeReviewStatus,
    change: (row: NegativeReviewRow) => { sets: string; values: unknown[]; detail?: string; at?: Date },
  ): Promise<NegativeReviewDto> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.load(tx, id, true);
      checkReviewStep(row.status, step);
      const { sets, values, detail, at } = change(row);
      const entry = { at: (at ?? new Date()).toISOString(), event: status, by: acting.principal.actor, ...(detail ? { detail } : {}) };
      await tx.query(`UPDATE negative_reviews SET status = $2, ${sets}, progress = progress || $${values.length + 3}::jsonb WHERE id = $1`, [id, status, ...values, JSON.stringify([entry])]);
      await this.audit.record(acting, `negative-review.${step.replace('_', '-')}`, `negative-review:${id}`, detail ? { [step === 'close' ? 'outcome' : 'remedy']: detail } : {}, tx);
      return mapNegativeReview(await this.load(tx, id));
    });
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<NegativeReviewRow> {
    if (!UUID.test(id)) throw new DomainError(DomainErrorCode.NotFound, `no negative review ${id}`, 'id');
    const [row]: NegativeReviewRow[] = await manager.query(`${SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [id]);
    if (!row) throw new DomainError(DomainErrorCode.NotFound, `no negative review ${id}`, 'id');
    return row;
  }

  private async detail(row: NegativeReviewRow): Promise<NegativeReviewDetailDto> {
    return { ...mapNegativeReview(row), text: await this.sealer.open(row.review_text_sealed) };
  }
}
