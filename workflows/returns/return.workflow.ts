import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { isFinalReturnStatus } from '@libs/domain/returns/return-lifecycle';
import { exchangeShippingFee, refundDecision } from '@libs/domain/returns/return-decisions';
import { rejectionRefusal, returnSummary, yuan } from '@libs/domain/returns/return-request';
import { AssignedAgent, CaseStatus, Department, SlaDeadline } from '@libs/temporal/search-attributes';
import type { PaymentRecord, TrackingEvent } from '@libs/departments/ports';
import type { PlatformActivities } from '../../activities';
import type { DepartmentRequestOutcome } from '../departments/department-request.contract';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { damageClaimWorkflow } from './damage-claim.workflow';
import { pendingDeadlines, DueDeadline } from './return-deadlines';
import { ReturnCase, SYSTEM } from './return-case';
import {
  ActorRequest,
  approveReturnUpdate,
  cancelReturnUpdate,
  inspectReturnUpdate,
  modifyReturnUpdate,
  ParcelView,
  payShippingUpdate,
  receiveReturnUpdate,
  rejectReturnUpdate,
  retryRefundUpdate,
  ReturnInput,
  ReturnState,
  returnStateQuery,
  shipReturnUpdate,
} from './return.contract';

// Database-backed activities: short, retried on infrastructure errors until they succeed.
const DB_CALL = { startToCloseTimeout: '10s', retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' } } as const;
const described = (summary: string) => proxyActivities<PlatformActivities>({ ...DB_CALL, summary });
// L-1: a tracking query is a read; one that fails is simply asked again at the next poll.
const tracking = (summary: string) =>
  proxyActivities<PlatformActivities>({ startToCloseTimeout: '10s', scheduleToCloseTimeout: '30s', retry: { initialInterval: '1s', maximumInterval: '5s' }, summary });

const WAYBILL = /^[A-Za-z0-9-]{6,32}$/;
const FINANCE = 'finance-department';
type Purpose = 'refund' | 'replacement' | 'fee-check';


/** One workflow per return, refund or exchange request, id `return-<returnNo>` (R-1). */
export async function returnWorkflow(input: ReturnInput): Promise<ReturnState> {
  const c = new ReturnCase(input);
  const workflowId = workflowInfo().workflowId;
  const deadlines = () => pendingDeadlines(c).map((d) => ({ id: d.id, at: new Date(d.at).toISOString(), action: d.action }));
  const snapshot = () => c.snapshot(deadlines());
  // Department requests run as child workflows; their outcomes queue here for the main loop.
  const arrivals: Array<{ purpose: Purpose; outcome: DepartmentRequestOutcome }> = [];
  const inFlight = new Set<Purpose>();
  let replacementWanted = false;
  let retryReplacementAt: number | null = null;
  let lastPollAt = 0;
  // The state version last mirrored to the read model; an update returns once its change is there.
  let published = 0;
  const terms = () => c.policy!.terms;

  setHandler(returnStateQuery, snapshot);

  /** Registers an action: checked by its validator (refusals never enter history), applied, returned. */
  function action<R extends ActorRequest>(update: UpdateDefinition<ReturnState, [R], string>, validate: (r: R) => void, apply: (r: R) => void) {
    setHandler(
      update,
      async (request: R) => {
        apply(request);
        // The main loop publishes the change; the caller gets the state as it is now.
        await condition(() => published === c.stateVersion || isFinalReturnStatus(c.status));
        return snapshot();
      },
      {
        validator: (request: R) => {
          if (!request?.by?.trim()) invalid('by (the acting staff member) is required');
          validate(request);
        },
      },
    );
  }

  action(approveReturnUpdate, () => c.ensureAllowed('agree'), (r) => c.apply('agree', r.by, r.note ?? 'amount and reason checked (R-2)'));
  action(
    rejectReturnUpdate,
    (r) => {
      required(r.reason, 'reason');
      const refusal = rejectionRefusal(input.reason, c.status);
      if (refusal) transition(refusal);
      c.ensureAllowed(c.status === 'buyer_shipped' ? 'request_correction' : 'reject');
    },
    (r) => {
      const round = (c.rejection?.round ?? 0) + 1;
      c.rejection = { reason: r.reason, by: r.by, round };
      c.apply(c.status === 'buyer_shipped' ? 'request_correction' : 'reject', r.by, r.reason);
    },
  );
  action(
    modifyReturnUpdate,
    (r) => {
      if (r.amountFen === undefined && !r.description?.trim()) invalid('amountFen or description is required: the buyer changes what the seller rejected');
      if (r.amountFen !== undefined && !(Number.isInteger(r.amountFen) && r.amountFen > 0)) invalid('amountFen must be a positive whole number of fen');
      c.ensureAllowed(goodsOnTheirWay() ? 'modify_shipped' : 'modify');
    },
    (r) => {
      if (r.amountFen !== undefined) c.amountFen = r.amountFen;
      if (r.description?.trim()) c.description = r.description.trim();
      const what = [r.amountFen !== undefined ? `amount ${yuan(r.amountFen)}` : '', r.description?.trim() ? 'description changed' : ''].filter(Boolean).join(', ');
      c.apply(goodsOnTheirWay() ? 'modify_shipped' : 'modify', r.by, what);
    },
  );
  action(
    shipReturnUpdate,
    (r) => {
      required(r.courier, 'courier');
      if (!WAYBILL.test(r.waybillNo ?? '')) invalid('waybillNo must be 6 to 32 letters, digits or dashes');
      if (r.method !== undefined && r.method !== 'express' && r.method !== 'surface') invalid('method must be express or surface');
      c.ensureAllowed('ship');
    },
    (r) => {
      const parcel = c.addParcel({ purpose: 'return', courier: r.courier.trim(), waybillNo: r.waybillNo, method: r.method ?? 'express', shippedAt: new Date().toISOString() });
      lastPollAt = Date.now();
      c.apply('ship', r.by, `${parcel.courier} waybill ${parcel.waybillNo} (${parcel.method}) (R-4)`);
    },
  );
  action(
    receiveReturnUpdate,
    () => c.ensureAllowed('receive'),
    (r) => {
      c.apply('receive', r.by, r.note ?? 'receipt confirmed by the seller (R-4)');
      c.goodsReceived();
    },
  );
  action(
    inspectReturnUpdate,
    (r) => {
      if (typeof r.resellable !== 'boolean') invalid('resellable must be true or false');
      if (typeof r.qualityProblem !== 'boolean') invalid('qualityProblem must be true or false');
      required(r.notes, 'notes');
      c.ensureAllowed('inspect');
    },
    (r) => {
      c.inspection = { resellable: r.resellable, qualityProblem: r.qualityProblem, notes: r.notes.trim(), photoRefs: r.photoRefs ?? [], by: r.by, at: new Date().toISOString() };
      c.apply('inspect', r.by, `${r.resellable ? 'resellable' : 'not resellable'}, ${r.qualityProblem ? 'quality problem' : 'no quality problem'}: ${r.notes.trim()} (R-5)`);
    },
  );
  action(
    payShippingUpdate,
    (r) => {
      required(r.paymentRef, 'paymentRef');
      if (c.status !== 'inspected' || c.exchange?.shippingFee !== 'due') transition(`no shipping fee is due on a request that is ${c.status}`);
      if (c.exchange.paymentRef) transition(`payment ${c.exchange.paymentRef} is being confirmed with finance`);
    },
    (r) => {
      c.exchange = { ...c.exchange!, paymentRef: r.paymentRef.trim() };
      c.changed('shipping_fee_payment_reported', r.by, `payment ${r.paymentRef.trim()}: checking with finance (R-6)`);
    },
  );
  action(
    retryRefundUpdate,
    () => {
      if (c.status !== 'refund_pending' || c.refund?.status !== 'failed') transition(`there is no failed refund to retry on a request that is ${c.status}`);
    },
    (r) => {
      c.refund = { ...c.refund!, status: 'requested', failure: null };
      c.changed('refund_retry', r.by, `asked finance again with the same key ${c.refund.refundId}`);
    },
  );
  action(
    cancelReturnUpdate,
    (r) => {
      required(r.reason, 'reason');
      // A request sent back for correction after shipment has goods on their way: no withdrawing it.
      if (goodsOnTheirWay()) transition(`cannot cancel a request whose goods were shipped; it is ${c.status}`);
      c.ensureAllowed('cancel');
    },
    (r) => {
      c.apply('cancel', r.by, r.reason);
      c.finish(`cancelled: ${r.reason}`);
    },
  );

  function goodsOnTheirWay(): boolean {
    return c.parcels.some((p) => p.purpose === 'return');
  }

  /** Mirrors the state to search attributes, the Temporal UI details and the read model (R-7). */
  async function publish(): Promise<void> {
    const next = pendingDeadlines(c)[0];
    const department = inFlight.has('refund') || inFlight.has('fee-check') ? 'finance' : inFlight.has('replacement') || c.currentParcel() ? 'courier' : null;
    upsertSearchAttributes([
      { key: CaseStatus, value: c.status },
      { key: SlaDeadline, value: next ? new Date(next.at) : null },
      ...(c.handler ? [{ key: AssignedAgent, value: c.handler }] : []),
      { key: Department, value: department },
    ]);
    setCurrentDetails(details(next));
    const version = c.stateVersion;
    await described(`Update read model: ${input.returnNo} ${c.status} v${version}`).recordCaseState({
      caseNo: input.returnNo,
      kind: 'return',
      workflowId,
      status: c.status,
      customerId: input.customerId,
      category: input.type,
      severity: null,
      assignedAgentCode: c.handler,
      escalationLevel: 0,
      summary: returnSummary({ type: input.type, amountFen: c.amountFen, orderRef: input.orderRef }),
      stateVersion: version,
      source: input.source,
      problemType: input.reason,
      customerRating: input.customerRating ?? null,
      result: c.result,
    });
    published = version;
  }

  function details(next: DueDeadline | undefined): string {
    const last = c.timeline[c.timeline.length - 1];
    const parcel = c.parcels.at(-1);
    return [
      `**Status:** ${c.status}${c.result ? ` (${c.result})` : ''}`,
      `**Handler:** ${c.handler ?? '—'} · **Policy:** ${c.policy ? `${c.policy.code} v${c.policy.version}` : 'loading'}`,
      `**Next timeout:** ${next ? `${next.id} at ${new Date(next.at).toISOString()} → ${next.action}` : '—'}`,
      `**Parcel:** ${parcel ? `${parcel.purpose} ${parcel.courier} ${parcel.waybillNo}: ${parcel.lastState ?? 'not yet tracked'}` : '—'}`,
      `**Refund:** ${c.refund ? `${c.refund.refundId} ${yuan(c.refund.amountFen)} ${c.refund.status}` : '—'}`,
      `**Last event:** ${last.event} by ${last.by} at ${last.at}`,
    ].join('  \n');
  }

  function notifyCustomer(key: string, subject: string, body: string): Promise<boolean> {
    return described(`SMS to customer ${input.customerNo}: ${subject}`).notify({
      dedupeKey: `${workflowId}:${key}`,
      channel: 'sms',
      recipient: input.customerNo,
      subject,
      body,
      caseNo: input.returnNo,
    });
  }

  function notifyStaff(key: string, recipient: string, subject: string, body: string): Promise<boolean> {
    return described(`Notify ${recipient}: ${subject}`).notify({ dedupeKey: `${workflowId}:${key}`, channel: 'staff-inbox', recipient, subject, body, caseNo: input.returnNo });
  }

  /** Asks a department through a child workflow; its outcome reaches the loop through `arrivals`. */
  function ask(purpose: Purpose, attempt: number, request: Parameters<typeof departmentRequestWorkflow>[0]): void {
    inFlight.add(purpose);
    const settle = (outcome: DepartmentRequestOutcome) => {
      inFlight.delete(purpose);
      arrivals.push({ purpose, outcome });
    };
    startChild(departmentRequestWorkflow, { workflowId: `${workflowId}-${purpose}-${attempt}`, args: [request] })
      .then((child) => child.result())
      .then(settle, (error: Error) => {
        // The request itself broke (not the department's answer): say why, the child's cause first.
        const reason = error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
        settle({ outcome: 'failed', error: { code: 'REQUEST_FAILED', message: reason }, reason });
      });
  }

  function requestRefund(by: string, why: string): void {
    c.apply('request_refund', by, why);
    c.refund = { refundId: `RF-${input.returnNo}`, amountFen: c.amountFen, status: 'requested', attempts: 0, paymentId: null, failure: null };
  }

  /** The automatic step the current state calls for, if any (true when one was taken). */
  async function advance(): Promise<boolean> {
    if (c.status === 'agreed' && input.type === 'refund_only') {
      requestRefund(SYSTEM, 'refund only: no goods come back');
      return true;
    }
    if (c.status === 'refund_pending' && c.refund?.status === 'requested' && !inFlight.has('refund')) {
      // R-4: the idempotency key is the refund id, derived from the return: a retried activity, a replayed
      // workflow or a person's retry can never pay twice.
      c.refund.attempts += 1;
      ask('refund', c.refund.attempts, {
        department: 'finance',
        kind: 'pay-refund',
        caseNo: input.returnNo,
        payload: { refundId: c.refund.refundId, amountFen: c.refund.amountFen, currency: 'CNY', caseNo: input.returnNo },
        timeoutSeconds: terms().departmentAnswerSeconds,
      });
      c.changed('refund_requested', SYSTEM, `finance asked to pay ${yuan(c.refund.amountFen)} under key ${c.refund.refundId} (attempt ${c.refund.attempts})`);
      return true;
    }
    if (c.status === 'received' && c.inspectionQueuedAt === null) {
      c.inspectionQueuedAt = await described('Warehouse batch time for inspection (R-5)').inspectionQueueTime({ arrivedAt: c.receivedAt ?? Date.now(), terms: terms() });
      c.changed('inspection_scheduled', SYSTEM, `reaches after-sales' inspection queue at ${new Date(c.inspectionQueuedAt).toISOString()} (R-5)`);
      return true;
    }
    if (c.status === 'inspected' && input.type === 'return_and_refund') {
      const decision = refundDecision(c.inspection!);
      if (decision.refund) requestRefund(SYSTEM, decision.why);
      else {
        c.apply('close', SYSTEM, decision.why);
        c.finish(`refund refused: ${decision.why}`);
        await notifyCustomer('refund-refused', `Return ${input.returnNo}: refund refused`, `Your return ${input.returnNo} was inspected: ${decision.why}.`);
      }
      return true;
    }
    if (c.status === 'inspected' && input.type === 'exchange' && c.exchange === null) {
      const fee = exchangeShippingFee(c.inspection!, !!input.customerPaidReturnShipping);
      c.exchange = { shippingFee: fee, shippingFeeFen: fee === 'due' ? terms().shippingFeeFen : 0, paymentRef: null };
      if (fee === 'due') {
        c.shippingFeeRequestedAt = Date.now();
        c.changed('shipping_fee_due', SYSTEM, `${yuan(terms().shippingFeeFen)} to pay before the replacement ships (R-6)`);
        await notifyCustomer('shipping-fee-due', `Exchange ${input.returnNo}: shipping fee due`, `Please pay the shipping fee of ${yuan(terms().shippingFeeFen)} for your replacement; it ships once paid (R-6).`);
      } else {
        c.changed('shipping_fee_settled', SYSTEM, fee === 'waived_quality_problem' ? 'quality problem: exchanged free (R-6)' : 'the customer paid the return postage (R-6)');
        replacementWanted = true;
      }
      return true;
    }
    if (c.status === 'inspected' && c.exchange?.shippingFee === 'due' && c.exchange.paymentRef && !inFlight.has('fee-check')) {
      ask('fee-check', c.stateVersion, {
        department: 'finance',
        kind: 'confirm-payment',
        caseNo: input.returnNo,
        payload: { paymentRef: c.exchange.paymentRef, amountFen: c.exchange.shippingFeeFen, currency: 'CNY', caseNo: input.returnNo },
        timeoutSeconds: terms().departmentAnswerSeconds,
      });
      return false;
    }
    if (replacementWanted && !inFlight.has('replacement')) {
      replacementWanted = false;
      const round = c.parcels.filter((p) => p.purpose === 'replacement').length + 1;
      ask('replacement', round, {
        department: 'courier',
        kind: 'ship-replacement',
        caseNo: input.returnNo,
        payload: { caseNo: input.returnNo, shipmentId: `${input.returnNo}-R${round}`, to: input.address, items: input.items },
        timeoutSeconds: terms().departmentAnswerSeconds,
      });
      c.changed('replacement_requested', SYSTEM, `courier asked to ship replacement ${round}`);
      return true;
    }
    return false;
  }

  /** A department answered (or did not, in time). */
  async function onArrival(purpose: Purpose, outcome: DepartmentRequestOutcome): Promise<void> {
    const failure = outcome.outcome === 'completed' ? null : outcome.outcome === 'timed_out' ? `no answer within ${outcome.timeoutSeconds} s` : outcome.reason;
    if (purpose === 'refund') {
      if (outcome.outcome === 'completed' && c.allows('refund_paid')) {
        const payment = outcome.result as PaymentRecord;
        c.refund = { ...c.refund!, status: 'paid', paymentId: payment.paymentId, failure: null };
        c.apply('refund_paid', FINANCE, `${yuan(payment.amountFen)} paid as ${payment.paymentId}`);
        c.finish('refunded');
        await notifyCustomer('refunded', `Return ${input.returnNo}: refunded`, `${yuan(payment.amountFen)} has been refunded for order ${input.orderRef}.`);
      } else {
        // R-4: visible, and retried by a person with the same key.
        c.refund = { ...c.refund!, status: 'failed', failure };
        c.changed('refund_failed', FINANCE, failure!);
        await notifyStaff(`refund-failed-${c.refund.attempts}`, 'after-sales', `Return ${input.returnNo}: refund failed`, `Finance did not pay refund ${c.refund.refundId}: ${failure}. Retry it from the return once the cause is cleared.`);
      }
      return;
    }
    if (purpose === 'fee-check') {
      const received = outcome.outcome === 'completed' && (outcome.result as { received: boolean }).received;
      if (received) {
        c.exchange = { ...c.exchange!, shippingFee: 'paid' };
        c.changed('shipping_fee_paid', FINANCE, `payment ${c.exchange.paymentRef} confirmed (R-6)`);
        replacementWanted = true;
      } else {
        const ref = c.exchange!.paymentRef;
        c.exchange = { ...c.exchange!, paymentRef: null };
        c.changed('shipping_fee_unconfirmed', FINANCE, `payment ${ref} not confirmed${failure ? `: ${failure}` : ''}`);
      }
      return;
    }
    // The replacement shipment.
    if (outcome.outcome === 'completed') {
      const { waybillNo } = outcome.result as { waybillNo: string };
      if (!c.allows('ship_replacement')) {
        c.changed('replacement_not_needed', SYSTEM, `waybill ${waybillNo} booked while the request became ${c.status}`);
        return;
      }
      const parcel = c.addParcel({ purpose: 'replacement', courier: 'courier', waybillNo, method: 'express', shippedAt: new Date().toISOString() });
      lastPollAt = Date.now();
      c.apply('ship_replacement', SYSTEM, `replacement ${parcel.round} on waybill ${waybillNo} (R-6)`);
      // L-4: the customer gets the courier and the waybill number.
      await notifyCustomer(`replacement-shipped-${parcel.round}`, `Exchange ${input.returnNo}: replacement shipped`, `Your replacement is on its way: waybill ${waybillNo}.`);
    } else {
      c.changed('replacement_not_shipped', 'courier', failure!);
      await notifyStaff(`replacement-failed-${c.stateVersion}`, 'after-sales', `Exchange ${input.returnNo}: replacement not shipped`, `The courier did not book the replacement: ${failure}. It is asked again at the next tracking round.`);
      retryReplacementAt = Date.now() + terms().trackingPollSeconds * 1000;
    }
  }
  /** A timeout passed (R-5, R-6, R-8, R-9): the system takes the step, recorded as its own. */
  async function fire(due: DueDeadline): Promise<void> {
    const silent = (what: string) => `${what} by ${new Date(due.at).toISOString()} (R-8)`;
    switch (due.id) {
      case 'seller_response':
        c.apply('agree', SYSTEM, silent('the seller did not answer'));
        break;
      case 'buyer_modify':
        c.apply('close', SYSTEM, silent('the buyer did not modify the rejected request'));
        c.finish('closed: the buyer did not modify');
        break;
      case 'buyer_ship':
        c.apply('close', SYSTEM, silent('the buyer did not ship the goods'));
        c.finish('closed: the buyer did not ship');
        break;
      case 'seller_receipt':
        if (input.type === 'exchange') {
          c.apply('receive', SYSTEM, silent('the seller did not confirm receipt'));
          c.goodsReceived();
        } else requestRefund(SYSTEM, silent('the seller did not confirm receipt: refunded'));
        break;
      case 'inspection_queue':
        c.inspectionQueued = true;
        c.changed('inspection_queued', SYSTEM, 'handed to after-sales with the warehouse batch (R-5)');
        await notifyStaff('inspection-queued', 'after-sales', `Return ${input.returnNo}: ready for inspection`, `Return ${input.returnNo} (order ${input.orderRef}) is in today's warehouse batch: inspect it and record the return-detail sheet (R-5).`);
        break;
      case 'refund_due':
        c.refundOverdueRecorded = true;
        c.changed('refund_overdue', SYSTEM, 'not refunded within 7 days of the goods coming back (R-9)');
        await notifyStaff('refund-overdue', 'manager', `Return ${input.returnNo}: refund overdue`, `The goods of return ${input.returnNo} came back more than 7 days ago and the refund is not paid (R-9).`);
        break;
      case 'shipping_fee':
        c.apply('close', SYSTEM, 'the shipping fee was not paid in time (R-6)');
        c.finish('closed: shipping fee unpaid');
        break;
    }
  }

  function nextPollAt(): number | undefined {
    const parcel = c.currentParcel();
    if (!parcel || ['delivered', 'damaged', 'lost'].includes(parcel.lastState ?? '')) return undefined;
    return lastPollAt + terms().trackingPollSeconds * 1000;
  }

  /** L-1: asks the courier where the parcel is; its final state moves the request on. */
  async function poll(parcel: ParcelView): Promise<void> {
    lastPollAt = Date.now();
    let events: TrackingEvent[];
    try {
      events = await tracking(`Courier: track ${parcel.purpose} waybill ${parcel.waybillNo} (L-1)`).trackWaybill({ waybillNo: parcel.waybillNo });
    } catch (error) {
      if (error instanceof ActivityFailure) return; // not yet known to the courier, or unreachable: asked again next round
      throw error;
    }
    const fresh = c.track(parcel, events);
    const last = fresh.at(-1);
    if (!last) return;
    if (last.state === 'delivered' && parcel.purpose === 'return' && c.status === 'buyer_shipped') {
      // L-1, R-4: delivered to the warehouse counts as received, unless a person confirmed it first.
      c.apply('receive', SYSTEM, `delivered to the warehouse at ${last.at} (courier ${last.courierAgentId})`);
      c.goodsReceived();
      await notifyCustomer('return-received', `Return ${input.returnNo}: received`, `Your parcel ${parcel.waybillNo} reached our warehouse.`);
    } else if (last.state === 'delivered' && parcel.purpose === 'replacement' && c.status === 'replacement_shipped') {
      c.apply('deliver', SYSTEM, `replacement delivered at ${last.at} (courier ${last.courierAgentId})`);
      c.apply('close', SYSTEM, 'exchange completed');
      c.finish('replaced');
    } else if (last.state === 'damaged' || last.state === 'lost') {
      await fileClaim(parcel, last);
      // L-2: the customer's case goes on without waiting for the claim.
      if (parcel.purpose === 'return' && input.type !== 'exchange' && c.status === 'buyer_shipped') requestRefund(SYSTEM, `return parcel ${last.state} in transit: refunded without waiting for the claim (L-2)`);
      else replacementWanted = true;
    }
  }

  /** L-2, L-3: a claim with every required field, registered and settled by a workflow of its own. */
  async function fileClaim(parcel: ParcelView, event: TrackingEvent): Promise<void> {
    const kind = event.state as 'damaged' | 'lost';
    const claimId = `DC-${input.returnNo}-${parcel.purpose === 'return' ? 'B' : 'R'}${parcel.round}`;
    await startChild(damageClaimWorkflow, {
      workflowId: `damage-claim-${claimId}`,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          claim: {
            claimId,
            caseNo: input.returnNo,
            waybillNo: parcel.waybillNo,
            kind,
            transactionRef: input.orderRef,
            shipDate: parcel.shippedAt,
            destinationRegion: parcel.purpose === 'return' ? 'warehouse' : (input.address?.region ?? 'unknown'),
            deliveryResult: `${kind} reported by the courier at ${event.at}`,
            goodsValueFen: c.amountFen,
            courierAgentId: event.courierAgentId,
            photoRefs: c.inspection?.photoRefs ?? [],
          },
          register: {
            claimId,
            returnNo: input.returnNo,
            waybillNo: parcel.waybillNo,
            kind,
            parcelCondition: event.note ?? kind,
            courierAgentId: event.courierAgentId,
            goodsValueFen: c.amountFen,
            itemNo: input.items.map((i) => i.sku).join(','),
            handler: c.handler ?? SYSTEM,
          },
          timeoutSeconds: 14 * 86_400,
        },
      ],
    });
    c.damageClaims.push({ claimId, waybillNo: parcel.waybillNo, kind, filedAt: new Date().toISOString() });
    c.changed('damage_claim_filed', SYSTEM, `${kind} ${parcel.purpose} parcel ${parcel.waybillNo}: claim ${claimId} (L-2, L-3)`);
    await notifyStaff(`claim-${claimId}`, 'after-sales', `Return ${input.returnNo}: parcel ${kind}`, `Waybill ${parcel.waybillNo} was reported ${kind}; claim ${claimId} is filed with the courier and the customer's case goes on (L-2).`);
  }

  c.policy = await described(`Select return policy ${input.policyCode ?? 'default'} (R-8)`).selectReturnPolicy({ code: input.policyCode ?? 'default' });
  c.changed('policy_applied', SYSTEM, `${c.policy.code} v${c.policy.version}`);
  if (input.complaintCaseNo) c.apply('agree', input.requestedBy, `agreed as the remedy of complaint ${input.complaintCaseNo}`);

  while (!isFinalReturnStatus(c.status)) {
    const arrival = arrivals.shift();
    if (arrival) {
      await onArrival(arrival.purpose, arrival.outcome);
      continue;
    }
    if (await advance()) continue;
    if (published !== c.stateVersion) {
      await publish();
      continue;
    }
    const now = Date.now();
    const due = pendingDeadlines(c)[0];
    if (due && due.at <= now) {
      await fire(due);
      continue;
    }
    const parcel = c.currentParcel();
    const pollAt = nextPollAt();
    if (parcel && pollAt !== undefined && pollAt <= now) {
      await poll(parcel);
      continue;
    }
    if (retryReplacementAt !== null && retryReplacementAt <= now) {
      retryReplacementAt = null;
      replacementWanted = true;
      continue;
    }
    const wakeAt = Math.min(due?.at ?? Infinity, pollAt ?? Infinity, retryReplacementAt ?? Infinity);
    const changed = () => published !== c.stateVersion || arrivals.length > 0;
    if (wakeAt < Infinity) await condition(changed, wakeAt - now);
    else await condition(changed);
  }

  await publish();
  await condition(allHandlersFinished);
  return snapshot();
}

function invalid(message: string): never {
  throw ApplicationFailure.nonRetryable(message, 'InvalidRequest');
}

function transition(message: string): never {
  throw ApplicationFailure.nonRetryable(message, 'InvalidTransition');
}

function required(value: string | undefined, field: string): void {
  if (!value?.trim()) invalid(`${field} is required`);
}
