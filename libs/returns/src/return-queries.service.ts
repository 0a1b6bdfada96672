import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { In, Repository } from 'typeorm';
import { CaseViewRead, readCaseView } from '@libs/cases/case-view-reader';
import { CaseRecordEntity, CustomerEntity } from '@libs/database';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { workflowIdFor } from '@libs/temporal/conventions';
import { toDomainError } from '@libs/temporal/workflow-errors';
import { ReturnState, returnStateQuery } from '@workflows/returns/return.contract';
import { ListReturnsQuery } from './dto/list-returns.query';
import { mapReturnSummary, ReturnListDto } from './dto/return-response.dto';
import { checkedPeriod } from './period';

/**
 * Reads of returns. Returns are not assigned at intake (the handler is whoever acts for the seller,
 * R-7); an agent sees the returns they handle or registered and those of their customers.
 */
// Mirrors mayActOnReturn: handled, registered (the register's audit row) or of the agent's customers.
const AGENT_SEES_RETURN = `(c.assigned_agent_code = :me
  OR c.customer_id IN (SELECT id FROM customers WHERE assigned_agent_code = :me)
  OR c.case_no IN (SELECT substr(resource, 8) FROM audit_events WHERE actor = :me AND action = 'return.register'))`;

@Injectable()
export class ReturnQueriesService {
  constructor(
    @InjectRepository(CaseRecordEntity) private readonly cases: Repository<CaseRecordEntity>,
    @InjectRepository(CustomerEntity) private readonly customers: Repository<CustomerEntity>,
    private readonly temporal: Client,
  ) {}

  /** The request as last recorded (the read model's view at its version); `live`: from the workflow within a short deadline. */
  read(returnNo: string, live: boolean): Promise<CaseViewRead<ReturnState>> {
    checkReturnNo(returnNo);
    return readCaseView(this.cases.manager, this.temporal, {
      kind: 'return',
      caseNo: returnNo,
      workflowId: workflowIdFor.return(returnNo),
      query: returnStateQuery,
      subject: { kind: 'return', id: returnNo, field: 'returnNo' },
      live,
    });
  }

  /** Current state straight from the workflow (the source of truth), timeline included; finished ones too. */
  async getState(returnNo: string): Promise<ReturnState> {
    checkReturnNo(returnNo);
    try {
      return await this.temporal.workflow.getHandle(workflowIdFor.return(returnNo)).query(returnStateQuery);
    } catch (error) {
      throw toDomainError(error, { kind: 'return', id: returnNo, field: 'returnNo' });
    }
  }

  /** the register from the read model, newest first; `agent`: only what that agent may see. */
  async list(query: ListReturnsQuery, agent?: string): Promise<ReturnListDto> {
    const { from, to } = checkedPeriod(query);
    const q = this.cases
      .createQueryBuilder('c')
      .where('c.kind = :kind', { kind: 'return' })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.case_no', 'DESC')
      .take(query.limit)
      .skip(query.offset);
    if (query.status) q.andWhere('c.status = :status', { status: query.status });
    if (agent) q.andWhere(AGENT_SEES_RETURN, { me: agent });
    if (query.type) q.andWhere('c.category = :type', { type: query.type });
    if (query.source) q.andWhere('c.source = :source', { source: query.source });
    if (query.problemType) q.andWhere('c.problem_type = :problemType', { problemType: query.problemType });
    if (query.handler) q.andWhere('c.assigned_agent_code = :handler', { handler: query.handler });
    if (query.customerNo) q.andWhere('c.customer_id = (SELECT id FROM customers WHERE customer_no = :customerNo)', { customerNo: query.customerNo });
    if (from) q.andWhere('c.created_at >= :from', { from });
    if (to) q.andWhere('c.created_at < :to', { to });
    const [rows, total] = await q.getManyAndCount();
    const customerNos = await this.customerNumbers(rows.map((r) => r.customerId));
    return { items: rows.map((row) => mapReturnSummary(row, customerNos.get(row.customerId) ?? null)), total };
  }

  private async customerNumbers(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const found = await this.customers.find({ where: { id: In([...new Set(ids)]) }, select: { id: true, customerNo: true } });
    return new Map(found.map((c) => [c.id, c.customerNo]));
  }
}

function checkReturnNo(returnNo: string): void {
  if (!isCaseNumber(returnNo) || !returnNo.startsWith('RT-')) {
    throw new DomainError(DomainErrorCode.Validation, 'returnNo must look like RT-20261124-0001', 'returnNo');
  }
}
