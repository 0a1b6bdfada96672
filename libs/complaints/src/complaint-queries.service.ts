import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { Repository } from 'typeorm';
import { CaseRecordEntity } from '@libs/database';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { workflowIdFor } from '@libs/temporal/conventions';
import { ComplaintState, complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { ComplaintListDto, mapComplaintSummary } from './dto/complaint-response.dto';
import { ListComplaintsQuery } from './dto/list-complaints.query';

@Injectable()
export class ComplaintQueriesService {
  constructor(
    @InjectRepository(CaseRecordEntity) private readonly cases: Repository<CaseRecordEntity>,
    private readonly temporal: Client,
  ) {}

  /** Current state straight from the workflow (the source of truth), timeline included. */
  async getState(caseNo: string): Promise<ComplaintState> {
    if (!isCaseNumber(caseNo) || !caseNo.startsWith('CP-')) {
      throw new DomainError(DomainErrorCode.Validation, 'caseNo must look like CP-20261124-0001', 'caseNo');
    }
    try {
      return await this.temporal.workflow.getHandle(workflowIdFor.complaint(caseNo)).query(complaintStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new DomainError(DomainErrorCode.NotFound, `complaint ${caseNo} does not exist`, 'caseNo');
      throw new DomainError(DomainErrorCode.Unavailable, `complaint ${caseNo} cannot be read right now: ${(error as Error).message}`);
    }
  }

  /** Lists from the read model, newest first. */
  async list(query: ListComplaintsQuery): Promise<ComplaintListDto> {
    const [rows, total] = await this.cases.findAndCount({
      where: { kind: 'complaint', ...(query.status ? { status: query.status } : {}), ...(query.agent ? { assignedAgentCode: query.agent } : {}) },
      order: { createdAt: 'DESC', caseNo: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(mapComplaintSummary), total };
  }
}
