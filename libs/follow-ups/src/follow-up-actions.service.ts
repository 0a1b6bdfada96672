import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource } from 'typeorm';
import type { Acting } from '@libs/audit';
import { CaseUpdateExecutor } from '@libs/cases/case-update-executor';
import { CaseViewRead, readCaseView } from '@libs/cases/case-view-reader';
import { isCaseNumber } from '@libs/domain/cases/case-number';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { seesAllCases } from '@libs/domain/staff/access';
import { workflowIdFor } from '@libs/temporal/conventions';
import { toDomainError } from '@libs/temporal/workflow-errors';
import {
  cancelFollowUpPlanUpdate,
  FollowUpState,
  followUpStateQuery,
  reassignFollowUpPlanUpdate,
  recordCallAttemptUpdate,
} from '@workflows/follow-ups/follow-up.contract';
import { RecordAttemptDto } from './dto/follow-up-actions.dto';

/** A plan's live state, and the changes staff make to it: access check, then the workflow update with its audit row (`CaseUpdateExecutor`). */
@Injectable()
export class FollowUpActionsService {
  constructor(
    private readonly temporal: Client,
    private readonly dataSource: DataSource,
    private readonly executor: CaseUpdateExecutor,
  ) {}

  /** The plan as last recorded (the read model's view at its version); `live`: from the workflow within a short deadline. */
  async read(acting: Acting, planId: string, live: boolean): Promise<CaseViewRead<FollowUpState>> {
    checkPlanId(planId);
    const read = await readCaseView(this.dataSource, this.temporal, {
      kind: 'followup',
      caseNo: planId,
      workflowId: workflowIdFor.followup(planId),
      query: followUpStateQuery,
      subject: PLAN_SUBJECT(planId),
      live,
    });
    return { ...read, view: visiblePlan(acting, read.view) };
  }

  /** Straight from the workflow; agents see the plans whose calls they make. */
  async getState(acting: Acting, planId: string): Promise<FollowUpState> {
    checkPlanId(planId);
    let state: FollowUpState;
    try {
      state = await this.handle(planId).query(followUpStateQuery);
    } catch (error) {
      throw toDomainError(error, PLAN_SUBJECT(planId));
    }
    return visiblePlan(acting, state);
  }

  /** F-9, F-12: an attempt on a due call; the workflow's validator checks the call, its state and the script. */
  recordAttempt(acting: Acting, planId: string, callId: string, dto: RecordAttemptDto, key?: string): Promise<FollowUpState> {
    const request = { ...dto, purchaseIntent: dto.purchaseIntent ? { interest: dto.purchaseIntent.interest } : undefined, callId, by: acting.principal.actor };
    return this.act(acting, planId, 'attempt', recordCallAttemptUpdate, request, { callId, outcome: dto.outcome, satisfactionScore: dto.satisfactionScore ?? null }, key, (state) => {
      const call = state.calls.find((c) => c.callId === callId);
      if (!call) throw new DomainError(DomainErrorCode.NotFound, `plan ${planId} has no call ${callId}`, 'callId');
      if (!seesAllCases(acting.principal) && call.agent !== acting.principal.actor) throw new DomainError(DomainErrorCode.Forbidden, `call ${callId} is another agent's`);
    });
  }

  cancel(acting: Acting, planId: string, reason: string, key?: string): Promise<FollowUpState> {
    return this.act(acting, planId, 'cancel', cancelFollowUpPlanUpdate, { by: acting.principal.actor, reason }, { reason }, key);
  }

  /**
   * the open calls move to another active staff member. Unlike a complaint (an agent only), a
   * plan's calls may go to anyone on the staff: tier-3 calls are the GM office's (F-4).
   */
  reassign(acting: Acting, planId: string, agent: string, key?: string): Promise<FollowUpState> {
    return this.act(acting, planId, 'reassign', reassignFollowUpPlanUpdate, { by: acting.principal.actor, agent }, { agent }, key, async () => {
      const [staff]: unknown[] = await this.dataSource.query(`SELECT 1 FROM staff_members WHERE code = $1 AND status = 'active'`, [agent]);
      if (!staff) throw new DomainError(DomainErrorCode.Validation, `agent ${agent} is not an active staff member`, 'agent');
    });
  }

  /** The plan is the caller's and active, the action's own checks pass; then the update with its audit row. */
  private act<R>(
    acting: Acting,
    planId: string,
    action: string,
    update: UpdateDefinition<FollowUpState, [R], string>,
    request: R,
    auditDetails: Record<string, unknown>,
    key: string | undefined,
    check?: (state: FollowUpState) => Promise<void> | void,
  ): Promise<FollowUpState> {
    return this.executor.run(acting, {
      subject: { kind: 'follow-up plan', id: planId, field: 'planId' },
      workflowId: workflowIdFor.followup(planId),
      auditAction: `follow-up.${action}`,
      auditResource: `follow-up:${planId}`,
      update,
      request,
      auditDetails,
      idempotencyKey: key,
      check: async () => {
        const state = await this.getState(acting, planId);
        if (state.status !== 'active') throw new DomainError(DomainErrorCode.InvalidTransition, `follow-up plan ${planId} is ${state.status} and can no longer change`);
        await check?.(state);
      },
      current: () => this.getState(acting, planId),
      finished: () => new DomainError(DomainErrorCode.InvalidTransition, `follow-up plan ${planId} has finished and can no longer change`),
    });
  }

  private handle(planId: string) {
    return this.temporal.workflow.getHandle(workflowIdFor.followup(planId));
  }
}

const PLAN_SUBJECT = (planId: string) => ({ kind: 'follow-up plan', id: planId, field: 'planId' });

function checkPlanId(planId: string): void {
  if (!isCaseNumber(planId) || !planId.startsWith('FU-')) throw new DomainError(DomainErrorCode.Validation, 'planId must look like FU-20261124-0001', 'planId');
}

/** Agents see the plans whose calls they make. */
function visiblePlan(acting: Acting, state: FollowUpState): FollowUpState {
  const callers = new Set([state.agent, ...state.calls.map((c) => c.agent)]);
  if (!seesAllCases(acting.principal) && !callers.has(acting.principal.actor)) {
    throw new DomainError(DomainErrorCode.Forbidden, `follow-up plan ${state.planId} is another agent's`);
  }
  return state;
}
