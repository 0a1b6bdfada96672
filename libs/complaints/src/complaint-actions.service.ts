import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Acting } from '@libs/audit';
import { CaseUpdateExecutor } from '@libs/cases/case-update-executor';
import { StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { isFinal } from '@libs/domain/complaints/complaint-lifecycle';
import { workflowIdFor } from '@libs/temporal/conventions';
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

/**
 * Changes to a running complaint: access and state checks, then the workflow update with its audit
 * row, together (`CaseUpdateExecutor`); an `Idempotency-Key` makes a retry safe.
 */
@Injectable()
export class ComplaintActionsService {
  constructor(
    private readonly executor: CaseUpdateExecutor,
    private readonly queries: ComplaintQueriesService,
    @InjectRepository(StaffMemberEntity) private readonly staff: Repository<StaffMemberEntity>,
  ) {}

  cancel(acting: Acting, caseNo: string, reason: string, key?: string) {
    return this.act(acting, caseNo, 'cancel', cancelComplaintUpdate, { reason }, key);
  }

  contact(acting: Acting, caseNo: string, summary: string, key?: string) {
    return this.act(acting, caseNo, 'contact', contactComplaintUpdate, { summary }, key);
  }

  waitForCustomer(acting: Acting, caseNo: string, reason: string, key?: string) {
    return this.act(acting, caseNo, 'wait-for-customer', waitForCustomerUpdate, { reason }, key);
  }

  resume(acting: Acting, caseNo: string, key?: string) {
    return this.act(acting, caseNo, 'resume', resumeComplaintUpdate, {}, key);
  }

  resolve(acting: Acting, caseNo: string, remedy: Remedy, summary: string, returnRequest?: RemedyReturnRequest, key?: string) {
    return this.act(acting, caseNo, 'resolve', resolveComplaintUpdate, { remedy, summary, ...(returnRequest ? { returnRequest } : {}) }, key);
  }

  recordSatisfaction(acting: Acting, caseNo: string, reached: boolean, score?: number, comment?: string, key?: string) {
    return this.act(acting, caseNo, 'satisfaction', recordSatisfactionUpdate, { reached, score, comment }, key);
  }

  reopen(acting: Acting, caseNo: string, reason: string, key?: string) {
    return this.act(acting, caseNo, 'reopen', reopenComplaintUpdate, { reason }, key);
  }

  /** C-4: the agent asks to hand the case to the quality department. */
  requestForward(acting: Acting, caseNo: string, note: string, key?: string) {
    return this.act(acting, caseNo, 'request-forward', requestForwardUpdate, { note }, key);
  }

  /** C-7: the manager confirms; the route admits managers and up. */
  confirmForward(acting: Acting, caseNo: string, key?: string) {
    return this.act(acting, caseNo, 'confirm-forward', confirmForwardUpdate, {}, key);
  }

  addNote(acting: Acting, caseNo: string, text: string, key?: string) {
    return this.act(acting, caseNo, 'note', addNoteUpdate, { text }, key);
  }

  /** Supervisors and up (the route says so); the new owner must be an active agent (a plan's calls may go to any staff member). */
  reassign(acting: Acting, caseNo: string, agent: string, reason?: string, key?: string): Promise<ComplaintState> {
    return this.act(acting, caseNo, 'reassign', reassignComplaintUpdate, { agent, reason }, key, async () => {
      const target = await this.staff.findOneBy({ code: agent });
      if (!target || target.role !== 'agent' || target.status !== 'active') {
        throw new DomainError(DomainErrorCode.Validation, `agent ${agent} is not an active agent`, 'agent');
      }
    });
  }

  /** Access and state checks, then the workflow update (its validator refuses what the state does not allow) with the audit row. */
  private act<R extends ActorRequest>(
    acting: Acting,
    caseNo: string,
    action: string,
    update: UpdateDefinition<ComplaintState, [R], string>,
    args: Omit<R, 'by'>,
    key: string | undefined,
    check?: () => Promise<void>,
  ): Promise<ComplaintState> {
    return this.executor.run(acting, {
      subject: { kind: 'complaint', id: caseNo, field: 'caseNo' },
      workflowId: workflowIdFor.complaint(caseNo),
      auditAction: `complaint.${action}`,
      auditResource: `complaint:${caseNo}`,
      update,
      request: { ...args, by: acting.principal.actor } as R,
      auditDetails: args as Record<string, unknown>,
      idempotencyKey: key,
      check: async () => {
        await this.requireOpenCase(acting, caseNo);
        await check?.();
      },
      current: () => this.queries.getState(acting, caseNo),
      finished: () => finished(caseNo, 'finished'),
    });
  }

  /** The caller may act on it (the query checks), and it is still running. */
  private async requireOpenCase(acting: Acting, caseNo: string): Promise<void> {
    const current = await this.queries.getState(acting, caseNo);
    if (isFinal(current.status)) throw finished(caseNo, current.status);
  }

}

function finished(caseNo: string, status: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidTransition, `complaint ${caseNo} is ${status} and can no longer change`);
}
