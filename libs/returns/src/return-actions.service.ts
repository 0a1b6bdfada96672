import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { Acting } from '@libs/audit';
import { CaseUpdateExecutor } from '@libs/cases/case-update-executor';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import { workflowIdFor } from '@libs/temporal/conventions';
import {
  ActorRequest,
  approveReturnUpdate,
  cancelReturnUpdate,
  confirmRefundUpdate,
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
 * not allow (409, naming the state; ), with its audit row, together (`CaseUpdateExecutor`).
 */
@Injectable()
export class ReturnActionsService {
  constructor(
    private readonly executor: CaseUpdateExecutor,
    private readonly queries: ReturnQueriesService,
  ) {}

  /** the seller agrees. */
  approve(acting: Acting, returnNo: string, note?: string, key?: string) {
    return this.act(acting, returnNo, 'approve', approveReturnUpdate, { note }, key);
  }

  /** R-2 rejects while requested; R-3: once shipped it asks for a correction, and a no-reason return cannot be rejected before. */
  reject(acting: Acting, returnNo: string, reason: string, key?: string) {
    return this.act(acting, returnNo, 'reject', rejectReturnUpdate, { reason }, key);
  }

  /** the buyer's modification of a rejected request, entered by staff. */
  modify(acting: Acting, returnNo: string, change: Omit<ModifyRequest, 'by'>, key?: string) {
    return this.act(acting, returnNo, 'modify', modifyReturnUpdate, change, key);
  }

  /** the buyer's courier and waybill number. */
  ship(acting: Acting, returnNo: string, shipment: Omit<ShipRequest, 'by'>, key?: string) {
    return this.act(acting, returnNo, 'ship', shipReturnUpdate, shipment, key);
  }

  /** the seller confirms receipt. */
  receive(acting: Acting, returnNo: string, note?: string, key?: string) {
    return this.act(acting, returnNo, 'receive', receiveReturnUpdate, { note }, key);
  }

  /** the return-detail sheet; the workflow decides refund or replacement from it. */
  inspect(acting: Acting, returnNo: string, sheet: Omit<InspectRequest, 'by'>, key?: string) {
    return this.act(acting, returnNo, 'inspect', inspectReturnUpdate, sheet, key);
  }

  /** the customer paid the replacement's shipping. */
  payShipping(acting: Acting, returnNo: string, paymentRef: string, key?: string) {
    return this.act(acting, returnNo, 'pay-shipping', payShippingUpdate, { paymentRef }, key);
  }

  /** a failed refund asked of finance again, under the same idempotency key. */
  retryRefund(acting: Acting, returnNo: string, key?: string) {
    return this.act(acting, returnNo, 'retry-refund', retryRefundUpdate, {}, key);
  }

  /** a finance person confirms a refund above the policy's threshold. */
  confirmRefund(acting: Acting, returnNo: string, key?: string) {
    return this.act(acting, returnNo, 'confirm-refund', confirmRefundUpdate, {}, key);
  }

  cancel(acting: Acting, returnNo: string, reason: string, key?: string) {
    return this.act(acting, returnNo, 'cancel', cancelReturnUpdate, { reason }, key);
  }

  private act<R extends ActorRequest>(
    acting: Acting,
    returnNo: string,
    action: string,
    update: UpdateDefinition<ReturnState, [R], string>,
    args: Omit<R, 'by'>,
    key: string | undefined,
  ): Promise<ReturnState> {
    return this.executor.run(acting, {
      subject: { kind: 'return', id: returnNo, field: 'returnNo' },
      workflowId: workflowIdFor.return(returnNo),
      auditAction: `return.${action}`,
      auditResource: `return:${returnNo}`,
      update,
      request: { ...withoutUndefined(args), by: acting.principal.actor } as R,
      auditDetails: withoutUndefined(args),
      idempotencyKey: key,
      check: async () => {
        const current = await this.queries.getState(returnNo);
        if (isFinalReturnStatus(current.status)) throw finished(returnNo, current.status);
      },
      current: () => this.queries.getState(returnNo),
      finished: () => finished(returnNo, 'finished'),
    });
  }
}

function finished(returnNo: string, status: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidTransition, `return ${returnNo} is ${status} and can no longer change`);
}

function withoutUndefined<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
