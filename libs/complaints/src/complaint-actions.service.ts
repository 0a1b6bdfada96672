import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { isFinal } from '@libs/domain/complaints/complaint-lifecycle';
import { workflowIdFor } from '@libs/temporal/conventions';
import { toDomainError } from '@libs/temporal/workflow-errors';
import type { UpdateDefinition } from '@temporalio/common';
import {
  ActorRequest,
  addNoteUpdate,
  cancelComplaintUpdate,
  ComplaintState,
  confirmForwardUpdate,
  contactComplaintUpdate,
  reassignComplaintUpdate,
  recordSatisfactionUpdate,
  Remedy,
  RemedyReturnRequest,
  reopenComplaintUpdate,
  requestForwardUpdate,
  resolveComplaintUpdate,
  resumeComplaintUpdate,
  waitForCustomerUpdate,
} from '@workflows/complaint/complaint.contract';
import { ComplaintQueriesService } from './complaint-queries.service';

/** Changes to a running complaint: access check, then the workflow update, then the audit row. */
@Injectable()
export class ComplaintActionsService {
  constructor(
    private readonly temporal: Client,
    private readonly queries: ComplaintQueriesService,
    private readonly audit: AuditService,
    @InjectRepository(StaffMemberEntity) private readonly staff: Repository<StaffMemberEntity>,
  ) {}

  cancel(acting: Acting, caseNo: string, reason: string) {
    return this.act(acting, caseNo, 'cancel', cancelComplaintUpdate, { reason });
  }

  contact(acting: Acting, caseNo: string, summary: string) {
    return this.act(acting, caseNo, 'contact', contactComplaintUpdate, { summary });
  }

  waitForCustomer(acting: Acting, caseNo: string, reason: string) {
    return this.act(acting, caseNo, 'wait-for-customer', waitForCustomerUpdate, { reason });
  }

  resume(acting: Acting, caseNo: string) {
    return this.act(acting, caseNo, 'resume', resumeComplaintUpdate, {});
  }

  resolve(acting: Acting, caseNo: string, remedy: Remedy, summary: string, returnRequest?: RemedyReturnRequest) {
    return this.act(acting, caseNo, 'resolve', resolveComplaintUpdate, { remedy, summary, ...(returnRequest ? { returnRequest } : {}) });
  }

  recordSatisfaction(acting: Acting, caseNo: string, reached: boolean, score?: number, comment?: string) {
    return this.act(acting, caseNo, 'satisfaction', recordSatisfactionUpdate, { reached, score, comment });
  }

  reopen(acting: Acting, caseNo: string, reason: string) {
    return this.act(acting, caseNo, 'reopen', reopenComplaintUpdate, { reason });
  }

  /** C-4: the agent asks to hand the case to the quality department. */
  requestForward(acting: Acting, caseNo: string, note: string) {
    return this.act(acting, caseNo, 'request-forward', requestForwardUpdate, { note });
  }

  /** C-7: the manager confirms; the route admits managers and up. */
  confirmForward(acting: Acting, caseNo: string) {
    return this.act(acting, caseNo, 'confirm-forward', confirmForwardUpdate, {});
  }

  addNote(acting: Acting, caseNo: string, text: string) {
    return this.act(acting, caseNo, 'note', addNoteUpdate, { text });
  }

  /** Supervisors and up (the route says so); the new owner must be an active agent. */
  async reassign(acting: Acting, caseNo: string, agent: string, reason?: string): Promise<ComplaintState> {
    await this.requireOpenCase(acting, caseNo);
    const target = await this.staff.findOneBy({ code: agent });
    if (!target || target.role !== 'agent' || target.status !== 'active') {
      throw new DomainError(DomainErrorCode.Validation, `agent ${agent} is not an active agent`, 'agent');
    }
    const state = await this.update(caseNo, () =>
      this.handle(caseNo).executeUpdate(reassignComplaintUpdate, { args: [{ agent, by: acting.principal.actor, reason }] }),
    );
    await this.audit.record(acting, 'complaint.reassign', `complaint:${caseNo}`, { agent, reason });
    return state;
  }

  /** Access check, the workflow update (its validator refuses what the state does not allow), the audit row. */
  private async act<R extends ActorRequest>(
    acting: Acting,
    caseNo: string,
    action: string,
    update: UpdateDefinition<ComplaintState, [R], string>,
    args: Omit<R, 'by'>,
  ): Promise<ComplaintState> {
    await this.requireOpenCase(acting, caseNo);
    const request = { ...args, by: acting.principal.actor } as R;
    const state = await this.update(caseNo, () => this.handle(caseNo).executeUpdate(update, { args: [request] }));
    await this.audit.record(acting, `complaint.${action}`, `complaint:${caseNo}`, args as Record<string, unknown>);
    return state;
  }

  /** The caller may act on it (the query checks), and it is still running. */
  private async requireOpenCase(acting: Acting, caseNo: string): Promise<void> {
    const current = await this.queries.getState(acting, caseNo);
    if (isFinal(current.status)) throw finished(caseNo, current.status);
  }

  private handle(caseNo: string) {
    return this.temporal.workflow.getHandle(workflowIdFor.complaint(caseNo));
  }

  private async update(caseNo: string, run: () => Promise<ComplaintState>): Promise<ComplaintState> {
    try {
      return await run();
    } catch (error) {
      // The case existed a moment ago: it finished in between.
      if (error instanceof WorkflowNotFoundError) throw finished(caseNo, 'finished');
      throw toDomainError(error, { kind: 'complaint', id: caseNo, field: 'caseNo' });
    }
  }
}

function finished(caseNo: string, status: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidTransition, `complaint ${caseNo} is ${status} and can no longer change`);
}
