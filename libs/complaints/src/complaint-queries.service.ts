import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { Acting } from '@libs/audit';
import { Repository } from 'typeorm';
import { CaseRecordEntity } from '@libs/database';
import { CaseViewRead, readCaseView } from '@libs/cases/case-view-reader';
import { CalendarStore } from '@libs/calendars/calendar-store';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { mayActOnCase, seesAllCases } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import { toDomainError } from '@libs/temporal/workflow-errors';
import { ComplaintState, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { ComplaintListDto, mapComplaintSummary } from './dto/complaint-response.dto';
import { ListComplaintsQuery } from './dto/list-complaints.query';
import { withRemainingBusinessTime } from './remaining-business-time';

@Injectable()
export class ComplaintQueriesService {
  constructor(
    @InjectRepository(CaseRecordEntity) private readonly cases: Repository<CaseRecordEntity>,
    private readonly temporal: Client,
  ) {}

  /**
   * The case as last recorded (the read model's view at its version), never waiting behind the
   * worker; `live`: from the workflow within a short deadline. Remaining business time is as of now.
   */
  async read(acting: Acting, caseNo: string, live: boolean): Promise<CaseViewRead<ComplaintState>> {
    checkCaseNo(caseNo);
    const read = await readCaseView(this.cases.manager, this.temporal, {
      kind: 'complaint',
      caseNo,
      workflowId: workflowIdFor.complaint(caseNo),
      query: complaintStateQuery,
      subject: { kind: 'complaint', id: caseNo, field: 'caseNo' },
      live,
    });
    return { ...read, view: await this.visibleState(acting, read.view) };
  }

  /** Current state straight from the workflow (the source of truth), timeline included: what an action checks. */
  async getState(acting: Acting, caseNo: string): Promise<ComplaintState> {
    checkCaseNo(caseNo);
    let state: ComplaintState;
    try {
      state = await this.temporal.workflow.getHandle(workflowIdFor.complaint(caseNo)).query(complaintStateQuery);
    } catch (error) {
      throw toDomainError(error, { kind: 'complaint', id: caseNo, field: 'caseNo' });
    }
    return this.visibleState(acting, state);
  }

  /** The agent's own cases only; pending deadlines with the business time left on the case's calendar. */
  private async visibleState(acting: Acting, state: ComplaintState): Promise<ComplaintState> {
    if (!mayActOnCase(acting.principal, state.assignedAgent)) {
      throw new DomainError(DomainErrorCode.Forbidden, `complaint ${state.caseNo} is assigned to another agent`);
    }
    const version = state.sla?.calendarVersion;
    const calendar = version ? await new CalendarStore(this.cases.manager).version(state.sla!.calendar, version) : undefined;
    return withRemainingBusinessTime(state, new Date(), calendar);
  }

  /** Lists from the read model, newest first. Agents see their own cases only. */
  async list(acting: Acting, query: ListComplaintsQuery): Promise<ComplaintListDto> {
    if (!seesAllCases(acting.principal)) {
      if (query.agent && query.agent !== acting.principal.actor) {
        throw new DomainError(DomainErrorCode.Forbidden, 'agents list their own complaints only', 'agent');
      }
      query.agent = acting.principal.actor;
    }
    const q = this.cases
      .createQueryBuilder('c')
      .where('c.kind = :kind', { kind: 'complaint' })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.case_no', 'DESC')
      .take(query.limit)
      .skip(query.offset);
    if (query.status) q.andWhere('c.status = :status', { status: query.status });
    if (query.agent) q.andWhere('c.assigned_agent_code = :agent', { agent: query.agent });
    if (query.category) q.andWhere('c.category = :category', { category: query.category });
    if (query.escalationLevel !== undefined) q.andWhere('c.escalation_level = :level', { level: query.escalationLevel });
    if (query.customer) q.andWhere('c.customer_id = (SELECT id FROM customers WHERE customer_no = :customer)', { customer: query.customer });
    if (query.breached !== undefined) {
      q.andWhere(`${query.breached ? '' : 'NOT '}EXISTS (SELECT 1 FROM sla_breaches b WHERE b.case_no = c.case_no)`);
    }
    const [rows, total] = await q.getManyAndCount();
    return { items: rows.map(mapComplaintSummary), total };
  }
}

function checkCaseNo(caseNo: string): void {
  if (!isCaseNumber(caseNo) || !caseNo.startsWith('CP-')) {
    throw new DomainError(DomainErrorCode.Validation, 'caseNo must look like CP-20261124-0001', 'caseNo');
  }
}
