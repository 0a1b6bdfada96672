import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CaseRecordEntity } from '@libs/database';
import { complaintTextSearch } from '@libs/domain/complaints/complaint-text-search';
import type { DescriptionIndex } from '@libs/read-model/description-index';
import { checkedPeriod } from '@libs/returns/period';
import type { ComplaintListDto } from './dto/complaint-response.dto';
import { mapComplaintSummary } from './dto/complaint-response.dto';
import type { ListComplaintsQuery } from './dto/list-complaints.query';

/**
 * The complaint list as staff work it: filters, the registration range (as GET /returns has it),
 * free text over case number, customer, product reference and description (through its blind index),
 * newest first or the next SLA deadline first. Each row carries the customer's number and name from the file.
 */
export async function listComplaints(manager: EntityManager, query: ListComplaintsQuery, descriptions: DescriptionIndex): Promise<ComplaintListDto> {
  const [rows, total] = await complaintListQuery(manager, query, descriptions).getManyAndCount();
  const customers: Array<{ id: string; customer_no: string; name: string }> = rows.length
    ? await manager.query(`SELECT id, customer_no, name FROM customers WHERE id = ANY($1::uuid[])`, [[...new Set(rows.map((r) => r.customerId))]])
    : [];
  const byId = new Map(customers.map((c) => [c.id, { customerNo: c.customer_no, name: c.name }]));
  return { items: rows.map((row) => mapComplaintSummary(row, byId.get(row.customerId)!)), total };
}

export function complaintListQuery(manager: EntityManager, query: ListComplaintsQuery, descriptions: DescriptionIndex): SelectQueryBuilder<CaseRecordEntity> {
  const { from, to } = checkedPeriod(query);
  const q = manager.createQueryBuilder(CaseRecordEntity, 'c').where('c.kind = :kind', { kind: 'complaint' });
  if (query.sort === 'next_deadline') q.orderBy('c.next_deadline_at', 'ASC', 'NULLS LAST').addOrderBy('c.created_at', 'DESC');
  else q.orderBy('c.created_at', 'DESC');
  q.addOrderBy('c.case_no', 'DESC').take(query.limit).skip(query.offset);
  if (query.status) q.andWhere('c.status = :status', { status: query.status });
  if (query.agent) q.andWhere('c.assigned_agent_code = :agent', { agent: query.agent });
  if (query.category) q.andWhere('c.category = :category', { category: query.category });
  if (query.classification) q.andWhere(`coalesce(c.classification, 'complaint') = :classification`, { classification: query.classification });
  if (query.escalationLevel !== undefined) q.andWhere('c.escalation_level = :level', { level: query.escalationLevel });
  if (query.customer) q.andWhere('c.customer_id = (SELECT id FROM customers WHERE customer_no = :customer)', { customer: query.customer });
  if (query.breached !== undefined) {
    q.andWhere(`${query.breached ? '' : 'NOT '}EXISTS (SELECT 1 FROM sla_breaches b WHERE b.case_no = c.case_no)`);
  }
  if (from) q.andWhere('c.created_at >= :from', { from });
  if (to) q.andWhere('c.created_at < :to', { to });
  if (query.q !== undefined) applyFreeText(q, query.q, descriptions);
  return q;
}

function applyFreeText(q: SelectQueryBuilder<CaseRecordEntity>, text: string, descriptions: DescriptionIndex): void {
  const s = complaintTextSearch(text);
  // The description through its blind index (GIN): all the text's tokens under one of the keys. A text
  // of fewer than two letters or digits has none and does not look at descriptions.
  const tokenSets = descriptions.searchTokens(text);
  const customerTerms = [
    s.name.mode === 'contains' ? 'k.name ILIKE :qName' : 'lower(k.name) LIKE :qName',
    ...(s.customerNo ? ['k.customer_no = :qCustomerNo'] : []),
    ...(s.phone ? [s.phone.tail ? '(k.phone LIKE :qPhone AND right(k.phone, 4) = :qTail)' : 'k.phone LIKE :qPhone'] : []),
  ];
  const terms = [
    ...(s.caseNo ? ['c.case_no LIKE :qCaseNo'] : []),
    ...(s.productRef ? ['upper(c.product_ref) LIKE :qProduct'] : []),
    `c.customer_id IN (SELECT k.id FROM customers k WHERE ${customerTerms.join(' OR ')})`,
    // As a set the GIN index answers once, so the rows' token arrays (TOASTed when long) are never read.
    ...(tokenSets.length
      ? [`c.case_no IN (SELECT d.case_no FROM case_records d WHERE ${tokenSets.map((_, i) => `d.description_tokens @> CAST(:qTokens${i} AS bigint[])`).join(' OR ')})`]
      : []),
  ];
  q.andWhere(`(${terms.join(' OR ')})`, {
    qCaseNo: s.caseNo,
    qProduct: s.productRef,
    qName: s.name.pattern,
    qCustomerNo: s.customerNo,
    qPhone: s.phone?.pattern,
    qTail: s.phone?.tail,
    ...Object.fromEntries(tokenSets.map((tokens, i) => [`qTokens${i}`, tokens])),
  });
}
