import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { StaffAccessService } from '@libs/auth/staff-access.service';
import { AppConfig, AppConfigToken } from '@libs/config';
import { StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import type { StaffStatus } from '@libs/domain/staff/staff';
import type { absenceReturnWorkflow } from '@workflows/staff/absence-return.workflow';
import type { staffReassignmentWorkflow } from '@workflows/staff/staff-reassignment.workflow';
import { StaffStatusResponseDto } from './dto/staff-status.dto';
import { redistributeCustomers } from './redistribute-customers';
import { checkStaffChange, lockStaffForChange } from './staff-change-rules';

@Injectable()
export class StaffStatusService {
  private readonly logger = new Logger(StaffStatusService.name);

  constructor(
    @InjectRepository(StaffMemberEntity) private readonly staff: Repository<StaffMemberEntity>,
    private readonly temporal: Client,
    private readonly audit: AuditService,
    private readonly access: StaffAccessService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  /**
   * A-7: an agent who is absent or leaves hands their open cases and follow-up calls on; an agent back
   * from an absence gets back what was delegated. Either move runs as a workflow.
   * A departure also ends every token and API key of the person at once.
   */
  async setStatus(acting: Acting, code: string, status: StaffStatus, delegate?: string): Promise<StaffStatusResponseDto> {
    const member = await this.staff.findOneBy({ code });
    if (!member) throw new DomainError(DomainErrorCode.NotFound, `no staff member ${code}`, 'code');
    if (delegate && status !== 'absent') throw new DomainError(DomainErrorCode.Validation, 'delegate is only for an absence', 'delegate');
    if (delegate) await this.requireActiveAgent(delegate, code);

    const handsOn = status !== 'active' && member.role === 'agent';
    // A-7: absence is temporary delegation: an agent active again gets back what was handed on.
    const comesBack = status === 'active' && member.status === 'absent' && member.role === 'agent';
    const workflowId = handsOn ? `staff-reassign-${code}-${Date.now()}` : comesBack ? `staff-return-${code}-${Date.now()}` : null;
    await this.staff.manager.transaction(async (tx) => {
      const { target, otherAdmins } = await lockStaffForChange(tx, code);
      checkStaffChange(acting, target, { status }, otherAdmins);
      const keysRevoked = status === 'departed' ? (await this.access.endAccessIn(tx, code)).keysRevoked : 0;
      // A-7: an absence names who takes over while it lasts; a departure hands the customers on for good.
      await tx.update(StaffMemberEntity, { id: member.id }, { status, delegateCode: status === 'absent' ? (delegate ?? null) : null });
      const customersMoved = status === 'departed' ? await redistributeCustomers(tx, code) : 0;
      // A-7: departure is permanent: what was delegated during an earlier absence stays where it is.
      if (status === 'departed') await tx.query(`UPDATE absence_delegations SET settled_at = now(), outcome = 'departed' WHERE agent_code = $1 AND settled_at IS NULL`, [code]);
      await this.audit.record(acting, 'staff.set-status', `staff:${code}`, { status, delegate, reassignmentWorkflowId: workflowId, customersMoved, keysRevoked }, tx);
      // Started last: if Temporal refuses, the status change rolls back with it.
      if (workflowId && comesBack) {
        await this.temporal.workflow.start<typeof absenceReturnWorkflow>('absenceReturnWorkflow', {
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          workflowId,
          args: [{ agentCode: code, by: acting.principal.actor }],
          staticSummary: `A-7: ${code} is back; delegated cases return`,
        });
      } else if (workflowId) {
        await this.temporal.workflow.start<typeof staffReassignmentWorkflow>('staffReassignmentWorkflow', {
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          workflowId,
          args: [{ agentCode: code, status: status as 'absent' | 'departed', delegate, by: acting.principal.actor }],
          staticSummary: `A-7: open cases of ${code} (${status})${delegate ? ` to ${delegate}` : ''}`,
        });
      }
    });
    this.access.forget(code);
    this.logger.log(`${code} set ${status} by ${acting.principal.actor}${workflowId ? `; open cases moved by ${workflowId}` : ''}`);
    return { code, status, reassignmentWorkflowId: workflowId };
  }

  private async requireActiveAgent(code: string, absent: string): Promise<void> {
    const delegate = await this.staff.findOneBy({ code });
    if (!delegate || delegate.role !== 'agent' || delegate.status !== 'active' || code === absent) {
      throw new DomainError(DomainErrorCode.Validation, `delegate ${code} is not another active agent`, 'delegate');
    }
  }
}
