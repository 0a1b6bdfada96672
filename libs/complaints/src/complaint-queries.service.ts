import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { Acting } from '@libs/audit';
import { Repository } from 'typeorm';
import { CaseRecordEntity } from '@libs/database';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { mayActOnCase, seesAllCases } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import { ComplaintState, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { ComplaintListDto, mapComplaintSummary } from './dto/complaint-response.dto';
import { ListComplaintsQuery } from './dto/list-complaints.query';
import { withRemainingBusinessTime } from './remaining-business-time';
import { toDomainError } from './workflow-errors';

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
      throw toDomainError(error, caseNo);
    }
    if (!mayActOnCase(acting.principal, state.assignedAgent)) {
      throw new DomainError(DomainErrorCode.Forbidden, `complaint ${caseNo} is assigned to another agent`);
    }
    return withRemainingBusinessTime(state, new Date());
  }

  /** Lists from the read model, newest first. Agents see their own cases only. */
  async list(acting: Acting, query: ListComplaintsQuery): Promise<ComplaintListDto> {
    if (!seesAllCases(acting.principal)) {
      if (query.agent && query.agent !== acting.principal.actor) {
        throw new DomainError(DomainErrorCode.Forbidden, 'agents list their own complaints only', 'agent');
      }
      query.agent = acting.principal.actor;
    }
    const [rows, total] = await this.cases.findAndCount({
      where: { kind: 'complaint', ...(query.status ? { status: query.status } : {}), ...(query.agent ? { assignedAgentCode: query.agent } : {}) },
      order: { createdAt: 'DESC', caseNo: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(mapComplaintSummary), total };
  }
}
