import { ApplicationFailure } from '@temporalio/common';
import type { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { AuditService } from '@libs/audit';
import type { AppConfig } from '@libs/config';
import { registerComplaint } from '@libs/complaints/complaint-registration';
import type { ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import type { Role } from '@libs/domain/staff/access';

export interface FollowUpComplaintRequest {
  planId: string;
  callId: string;
  /** The attempt on which the customer said so; absent in requests scheduled before it was sent. */
  attemptNo?: number;
  customerNo: string;
  /** The staff member who made the call: the complaint is registered in their name (C-1). */
  by: string;
  score: number;
  dissatisfiedWith: string;
  notes: string | null;
  category: ComplaintCategory;
}

export function createFollowUpComplaintActivities(deps: { dataSource: DataSource; temporal: Client; config: AppConfig }) {
  const audit = new AuditService(deps.dataSource);
  return {
    /**
     * F-10: a follow-up that reveals dissatisfaction becomes a complaint, registered exactly as
     * `POST /complaints` registers one; the call id is its idempotency key, so a retry opens it once.
     * The customer's words go into the description (workflow input, encrypted by the payload codec like
     * every customer text); the complaint links back to the plan, call and attempt.
     */
    async openFollowUpComplaint(request: FollowUpComplaintRequest): Promise<{ caseNo: string }> {
      const [staff]: Array<{ role: Role }> = await deps.dataSource.query(`SELECT role FROM staff_members WHERE code = $1`, [request.by]);
      const acting = { principal: { kind: 'staff' as const, actor: request.by, role: staff?.role ?? 'agent', via: 'token' as const }, requestId: `followup-${request.planId}` };
      const description = [
        `Follow-up call ${request.callId}: satisfaction score ${request.score} (F-10).`,
        `Not satisfied with: ${request.dissatisfiedWith}.`,
        ...(request.notes ? [`Call notes: ${request.notes}`] : []),
      ].join(' ');
      try {
        const result = await registerComplaint(
          { dataSource: deps.dataSource, temporal: deps.temporal, taskQueue: deps.config.TEMPORAL_TASK_QUEUE, audit },
          acting,
          {
            customerNo: request.customerNo,
            channel: 'phone',
            category: request.category,
            severity: 'normal',
            description: description.slice(0, 4000),
            ...(request.attemptNo ? { fromFollowUpCall: { planId: request.planId, callId: request.callId, attemptNo: request.attemptNo } } : {}),
          },
          `follow-up:${request.callId}`,
        );
        return { caseNo: result.caseNo };
      } catch (error) {
        // A customer file that is gone will not come back by retrying; Temporal or the database might.
        if (error instanceof DomainError && error.code !== DomainErrorCode.Unavailable) throw ApplicationFailure.nonRetryable(error.message, 'ComplaintRefused');
        throw error;
      }
    },
  };
}
