import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { Acting } from '@libs/audit';
import { Repository } from 'typeorm';
import { CaseRecordEntity } from '@libs/database';
import { CalendarStore } from '@libs/calendars/calendar-store';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { mayActOnCase, seesAllCases } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import { toDomainError } from '@libs/temporal/workflow-errors';
import { ComplaintState, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { listComplaints } from './complaint-list';
import { ComplaintListDto } from './dto/complaint-response.dto';
import { ListComplaintsQuery } from './dto/list-complaints.query';
import { withRemainingBusinessTime } from './remaining-business-time';

@Injectable()
export class ComplaintQueriesService {
  constructor(
    @InjectRepository(CaseRecordEntity) private readonly cases: Repository<CaseRecordEntity>,
    private readonly temporal: Client,
  ) {}

  /** Current state straight from the workflow (the source of truth), timeline included. */
  async getState(acting: Acting, caseNo: string): Promise<ComplaintState> {
    if (!isCaseNumber(caseNo) || !caseNo.startsWith('CP-')) {
      throw new DomainError(DomainErrorCode.Validation, 'caseNo must look like CP-20261124-0001', 'caseNo');
    }
    let state: ComplaintState;
    try {
      state = await this.temporal.workflow.getHandle(workflowIdFor.complaint(caseNo)).query(complaintStateQuery);
    } catch (error) {
      throw toDomainError(error, { kind: 'complaint', id: caseNo, field: 'caseNo' });
    }
    if (!mayActOnCase(acting.principal, state.assignedAgent)) {
      throw new DomainError(DomainErrorCode.Forbidden, `complaint ${caseNo} is assigned to another agent`);
    }
    const version = state.sla?.calendarVersion;
    const calendar = version ? await new CalendarStore(this.cases.manager).version(state.sla!.calendar, version) : undefined;
    return withRemainingBusinessTime(state, new Date(), calendar);
  }

  /** Lists from the read model (see complaint-list.ts). Agents see their own cases only. */
  async list(acting: Acting, query: ListComplaintsQuery): Promise<ComplaintListDto> {
    if (!seesAllCases(acting.principal)) {
      if (query.agent && query.agent !== acting.principal.actor) {
        throw new DomainError(DomainErrorCode.Forbidden, 'agents list their own complaints only', 'agent');
      }
      query.agent = acting.principal.actor;
    }
    return listComplaints(this.cases.manager, query);
  }
}
