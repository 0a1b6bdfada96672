import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { Acting, AuditService } from '@libs/audit';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import { workflowIdFor } from '@libs/temporal/conventions';
import { toDomainError } from '@libs/temporal/workflow-errors';
import {
  ActorRequest,
  approveReturnUpdate,
  cancelReturnUpdate,
  InspectRequest,
  inspectReturnUpdate,
  ModifyRequest,
  modifyReturnUpdate,
  payShippingUpdate,
  receiveReturnUpdate,
  rejectReturnUpdate,
  retryRefundUpdate,
  ReturnState,
  ShipRequest,
  shipReturnUpdate,
} from '@workflows/returns/return.contract';
import { ReturnQueriesService } from './return-queries.service';

/**
 * Changes to a running return: each is a workflow update whose validator refuses what the state does
 * not allow (409, naming the state; ), followed by an audit row.
 */
@Injectable()
export class ReturnActionsService {
  constructor(
    private readonly temporal: Client,
    private readonly queries: ReturnQueriesService,
    private readonly audit: AuditService,
  ) {}

  /** the seller agrees. */
  approve(acting: Acting, returnNo: string, note?: string) {
    return this.act(acting, returnNo, 'approve', approveReturnUpdate, { note });
  }

  /** R-2 rejects while requested; R-3: once shipped it asks for a correction, and a no-reason return cannot be rejected before. */
  reject(acting: Acting, returnNo: string, reason: string) {
    return this.act(acting, returnNo, 'reject', rejectReturnUpdate, { reason });
  }

  /** the buyer's modification of a rejected request, entered by staff. */
  modify(acting: Acting, returnNo: string, change: Omit<ModifyRequest, 'by'>) {
    return this.act(acting, returnNo, 'modify', modifyReturnUpdate, change);
  }

  /** the buyer's courier and waybill number. */
  ship(acting: Acting, returnNo: string, shipment: Omit<ShipRequest, 'by'>) {
    return this.act(acting, returnNo, 'ship', shipReturnUpdate, shipment);
  }

  /** the seller confirms receipt. */
  receive(acting: Acting, returnNo: string, note?: string) {
    return this.act(acting, returnNo, 'receive', receiveReturnUpdate, { note });
  }

  /** the return-detail sheet; the workflow decides refund or replacement from it. */
  inspect(acting: Acting, returnNo: string, sheet: Omit<InspectRequest, 'by'>) {
    return this.act(acting, returnNo, 'inspect', inspectReturnUpdate, sheet);
  }

  /** the customer paid the replacement's shipping. */
  payShipping(acting: Acting, returnNo: string, paymentRef: string) {
    return this.act(acting, returnNo, 'pay-shipping', payShippingUpdate, { paymentRef });
  }

  /** a failed refund asked of finance again, under the same idempotency key. */
  retryRefund(acting: Acting, returnNo: string) {
    return this.act(acting, returnNo, 'retry-refund', retryRefundUpdate, {});
  }

  cancel(acting: Acting, returnNo: string, reason: string) {
    return this.act(acting, returnNo, 'cancel', cancelReturnUpdate, { reason });
  }

  private async act<R extends ActorRequest>(
    acting: Acting,
    returnNo: string,
    action: string,
    update: UpdateDefinition<ReturnState, [R], string>,
    args: Omit<R, 'by'>,
  ): Promise<ReturnState> {
    const current = await this.queries.getState(returnNo);
    if (isFinalReturnStatus(current.status)) throw finished(returnNo, current.status);
    const request = { ...withoutUndefined(args), by: acting.principal.actor } as R;
    let state: ReturnState;
    try {
      state = await this.temporal.workflow.getHandle(workflowIdFor.return(returnNo)).executeUpdate(update, { args: [request] });
    } catch (error) {
      // The return existed a moment ago: it finished in between.
      if (error instanceof WorkflowNotFoundError) throw finished(returnNo, 'finished');
      throw toDomainError(error, { kind: 'return', id: returnNo, field: 'returnNo' });
    }
    await this.audit.record(acting, `return.${action}`, `return:${returnNo}`, withoutUndefined(args));
    return state;
  }
}

function finished(returnNo: string, status: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidTransition, `return ${returnNo} is ${status} and can no longer change`);
}

function withoutUndefined<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
