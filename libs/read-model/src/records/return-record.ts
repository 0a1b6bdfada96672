// The read-model row of a return, refund or exchange request: one builder for the intake, the live
// workflow and the rebuild. Pure and type-only imports of the contract: the return workflow bundles it.
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import { returnSummary } from '@libs/domain/returns/return-request';
import { workflowIdFor } from '@libs/temporal/conventions';
import type { ReturnInput, ReturnState } from '@workflows/returns/return.contract';
import type { CaseStateRecord } from '../case-state-record';

/** What the row takes from the start input: the customer's id and rating are not in the query's state. */
export type ReturnFacts = Pick<ReturnInput, 'returnNo' | 'type' | 'source' | 'customerId' | 'orderRef' | 'amountFen' | 'reason' | 'customerRating' | 'items'>;

/**
 * The row for a request as its state stands, or as the intake opens it (`null`: requested, no
 * handler, version 0). R-7: source, problem type and rating are registered with every request.
 */
export function returnCaseRecord(facts: ReturnFacts, state: ReturnState | null): CaseStateRecord {
  const status = state?.status ?? 'requested';
  return {
    caseNo: facts.returnNo,
    kind: 'return',
    workflowId: workflowIdFor.return(facts.returnNo),
    status,
    customerId: facts.customerId,
    category: facts.type,
    severity: null,
    assignedAgentCode: state?.handler ?? null,
    escalationLevel: 0,
    // The amount may be modified on the way: the state's is the current one.
    summary: returnSummary({ type: facts.type, amountFen: state?.amountFen ?? facts.amountFen, orderRef: facts.orderRef }),
    stateVersion: state?.stateVersion ?? 0,
    source: facts.source,
    problemType: facts.reason,
    customerRating: facts.customerRating ?? null,
    result: state?.result ?? null,
    // A request ends with its last timeline entry.
    closedAt: state && isFinalReturnStatus(status) ? (state.timeline.at(-1)?.at ?? null) : null,
    productRef: facts.items[0]?.sku ?? null,
    // The case view at this version: what the API answers for the request.
    ...(state ? { view: state } : {}),
  };
}
