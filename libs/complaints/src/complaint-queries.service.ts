import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { Acting } from '@libs/audit';
import { Repository } from 'typeorm';
import { CaseRecordEntity } from '@libs/database';
import { CaseViewRead, readCaseView } from '@libs/cases/case-view-reader';
import { CalendarVersions } from '@libs/calendars/calendar-versions';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { descriptionIndex } from '@libs/read-model/description-index';
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
  /** A case's calendar version, for the business time left on every read: read once per process. */
  private readonly calendars: CalendarVersions;

  constructor(
    @InjectRepository(CaseRecordEntity) private readonly cases: Repository<CaseRecordEntity>,
    private readonly temporal: Client,
  ) {
    this.calendars = new CalendarVersions(cases.manager);
  }

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
    const calendar = version ? await this.calendars.version(state.sla!.calendar, version) : undefined;
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
    return listComplaints(this.cases.manager, query, descriptionIndex(this.temporal.options.dataConverter));
  }
}

function checkCaseNo(caseNo: string): void {
  if (!isCaseNumber(caseNo) || !caseNo.startsWith('CP-')) {
    throw new DomainError(DomainErrorCode.Validation, 'caseNo must look like CP-20261124-0001', 'caseNo');
  }
}
