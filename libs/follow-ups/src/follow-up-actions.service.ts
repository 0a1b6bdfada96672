import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { seesAllCases } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import {
  cancelFollowUpPlanUpdate,
  FollowUpState,
  followUpStateQuery,
  reassignFollowUpPlanUpdate,
  recordCallAttemptUpdate,
} from '@workflows/follow-ups/follow-up.contract';
import { RecordAttemptDto } from './dto/follow-up-actions.dto';
import { followUpError } from './follow-up-errors';

/** A plan's live state, and the changes staff make to it: access check, the workflow update, the audit row. */
@Injectable()
export class FollowUpActionsService {
  constructor(
    private readonly temporal: Client,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Straight from the workflow; agents see the plans whose calls they make. */
  async getState(acting: Acting, planId: string): Promise<FollowUpState> {
    if (!isCaseNumber(planId) || !planId.startsWith('FU-')) throw new DomainError(DomainErrorCode.Validation, 'planId must look like FU-20261124-0001', 'planId');
    let state: FollowUpState;
    try {
      state = await this.handle(planId).query(followUpStateQuery);
    } catch (error) {
      throw followUpError(error, planId);
    }
    const callers = new Set([state.agent, ...state.calls.map((c) => c.agent)]);
    if (!seesAllCases(acting.principal) && !callers.has(acting.principal.actor)) {
      throw new DomainError(DomainErrorCode.Forbidden, `follow-up plan ${planId} is another agent's`);
    }
    return state;
  }

  /** F-9, F-12: an attempt on a due call; the workflow's validator checks the call, its state and the script. */
  async recordAttempt(acting: Acting, planId: string, callId: string, dto: RecordAttemptDto): Promise<FollowUpState> {
    const state = await this.requireActive(acting, planId);
    const call = state.calls.find((c) => c.callId === callId);
    if (!call) throw new DomainError(DomainErrorCode.NotFound, `plan ${planId} has no call ${callId}`, 'callId');
    if (!seesAllCases(acting.principal) && call.agent !== acting.principal.actor) throw new DomainError(DomainErrorCode.Forbidden, `call ${callId} is another agent's`);
    const request = { ...dto, purchaseIntent: dto.purchaseIntent ? { interest: dto.purchaseIntent.interest } : undefined, callId, by: acting.principal.actor };
    const result = await this.update(planId, () => this.handle(planId).executeUpdate(recordCallAttemptUpdate, { args: [request] }));
    await this.audit.record(acting, 'follow-up.attempt', `follow-up:${planId}`, { callId, outcome: dto.outcome, satisfactionScore: dto.satisfactionScore ?? null });
    return result;
  }

  async cancel(acting: Acting, planId: string, reason: string): Promise<FollowUpState> {
    await this.requireActive(acting, planId);
    const result = await this.update(planId, () => this.handle(planId).executeUpdate(cancelFollowUpPlanUpdate, { args: [{ by: acting.principal.actor, reason }] }));
    await this.audit.record(acting, 'follow-up.cancel', `follow-up:${planId}`, { reason });
    return result;
  }

  /** the open calls move to another active staff member. */
  async reassign(acting: Acting, planId: string, agent: string): Promise<FollowUpState> {
    await this.requireActive(acting, planId);
    const [staff]: unknown[] = await this.dataSource.query(`SELECT 1 FROM staff_members WHERE code = $1 AND status = 'active'`, [agent]);
    if (!staff) throw new DomainError(DomainErrorCode.Validation, `agent ${agent} is not an active staff member`, 'agent');
    const result = await this.update(planId, () => this.handle(planId).executeUpdate(reassignFollowUpPlanUpdate, { args: [{ by: acting.principal.actor, agent }] }));
    await this.audit.record(acting, 'follow-up.reassign', `follow-up:${planId}`, { agent });
    return result;
  }

  private async requireActive(acting: Acting, planId: string): Promise<FollowUpState> {
    const state = await this.getState(acting, planId);
    if (state.status !== 'active') throw new DomainError(DomainErrorCode.InvalidTransition, `follow-up plan ${planId} is ${state.status} and can no longer change`);
    return state;
  }

  private handle(planId: string) {
    return this.temporal.workflow.getHandle(workflowIdFor.followup(planId));
  }

  private async update(planId: string, run: () => Promise<FollowUpState>): Promise<FollowUpState> {
    try {
      return await run();
    } catch (error) {
      // The plan was active a moment ago: it finished in between.
      if (error instanceof WorkflowNotFoundError) throw new DomainError(DomainErrorCode.InvalidTransition, `follow-up plan ${planId} has finished and can no longer change`);
      throw followUpError(error, planId);
    }
  }
}
