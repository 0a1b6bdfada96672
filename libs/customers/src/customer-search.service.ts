import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { CustomerEntity, CustomerProductEntity } from '@libs/database';
import { codeMatch, phoneMatch, textMatch } from '@libs/domain/customers/customer-search';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { instantOf } from './customer-lookup';
import { CustomerListDto, mapCustomerSummary } from './dto/customer-response.dto';
import { SearchCustomersQuery } from './dto/search-customers.query';

/**
 * files by date, name, phone, serial/VIN, plate or organisation. Every key is written so that
 * an index answers it (see the CustomerFiles migration); the keys combine with AND.
 */
@Injectable()
export class CustomerSearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(terms: SearchCustomersQuery): Promise<CustomerListDto> {
    // A term sent as null in a POST body means "not searched by", as an absent query parameter does.
    const query = Object.assign(new SearchCustomersQuery(), Object.fromEntries(Object.entries(terms).filter(([, value]) => value !== null)));
    const [rows, total] = await searchQuery(this.dataSource.manager, query).getManyAndCount();
    const products = rows.length
      ? await this.dataSource.manager.find(CustomerProductEntity, { where: { customerId: In(rows.map((r) => r.id)) }, order: { createdAt: 'ASC' } })
      : [];
    return { items: rows.map((c) => mapCustomerSummary(c, products.filter((p) => p.customerId === c.id))), total };
  }
}

/** The search as the API runs it, newest first; the plan check EXPLAINs exactly this SQL. */
export function searchQuery(manager: EntityManager, query: SearchCustomersQuery): SelectQueryBuilder<CustomerEntity> {
  const q = manager.createQueryBuilder(CustomerEntity, 'c').orderBy('c.created_at', 'DESC').addOrderBy('c.customer_no', 'DESC').take(query.limit).skip(query.offset);
  return applySearchKeys(q, query);
}

function applySearchKeys(q: SelectQueryBuilder<CustomerEntity>, query: SearchCustomersQuery): SelectQueryBuilder<CustomerEntity> {
  const from = query.from ? instantOf(query.from) : undefined;
  const to = query.to ? instantOf(query.to) : undefined;
  if (from && to && to <= from) throw new DomainError(DomainErrorCode.Validation, 'to must be later than from', 'to');
  if (from) q.andWhere('c.created_at >= :from', { from });
  if (to) q.andWhere('c.created_at < :to', { to });
  for (const field of ['name', 'organisation'] as const) {
    const value = query[field];
    if (value === undefined) continue;
    const match = textMatch(value, field);
    q.andWhere(match.mode === 'contains' ? `c.${field} ILIKE :${field}` : `lower(c.${field}) LIKE :${field}`, { [field]: match.pattern });
  }
  if (query.phone !== undefined) {
    const phone = phoneMatch(query.phone);
    q.andWhere('c.phone LIKE :phone', { phone: phone.pattern });
    if (phone.tail) q.andWhere('right(c.phone, 4) = :tail', { tail: phone.tail });
  }
  if (query.serialNo !== undefined) {
    q.andWhere('c.id IN (SELECT p.customer_id FROM customer_products p WHERE upper(p.serial_no) LIKE :serialNo)', { serialNo: codeMatch(query.serialNo, 'serialNo').pattern });
  }
  if (query.plate !== undefined) {
    q.andWhere('c.id IN (SELECT p.customer_id FROM customer_products p WHERE upper(p.plate) LIKE :plate)', { plate: codeMatch(query.plate, 'plate').pattern });
  }
  if (query.tier) q.andWhere('c.tier = :tier', { tier: query.tier });
  if (query.agent) q.andWhere('c.assigned_agent_code = :agent', { agent: query.agent });
  // the same test as isFileComplete.
  if (query.complete === true) q.andWhere(`coalesce(btrim(c.organisation), '') <> '' AND coalesce(btrim(c.address), '') <> ''`);
  if (query.complete === false) q.andWhere(`(coalesce(btrim(c.organisation), '') = '' OR coalesce(btrim(c.address), '') = '')`);
  return q;
}
