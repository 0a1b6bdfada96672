import { isFinalReturnStatus, nextReturnStatus, ReturnEvent, ReturnStatus } from '@libs/domain/returns/return-lifecycle';
import type { ReturnPolicy } from '@libs/domain/returns/return-policy';
import { rejectionRefusal, yuan } from '@libs/domain/returns/return-request';
import type { TrackingEvent } from '@libs/departments/ports/courier.port';
import { invalid, required, transition } from '../shared';
import type { DamageClaimView, ExchangeView, InspectionView, ParcelView, RefundView, ReturnAction, ReturnActions, ReturnInput, ReturnState } from './return.contract';

export const SYSTEM = 'system';
const SELLER_EVENTS: ReadonlySet<ReturnEvent> = new Set(['agree', 'reject', 'request_correction', 'receive', 'inspect']);
const WAYBILL = /^[A-Za-z0-9-]{6,32}$/;

type PerAction = { [A in ReturnAction]: (request: ReturnActions[A]) => void };

/** The return's state inside its workflow: transitions follow the domain's lifecycle table. */
export class ReturnCase {
  status: ReturnStatus = 'requested';
  /** When the current status began (workflow time): the timeouts of R-8 count from here. */
  statusSince = Date.now();
  stateVersion = 1;
  amountFen: number;
  description: string;
  handler: string | null = null;
  policy: ReturnPolicy | null = null;
  rejection: ReturnState['rejection'] = null;
  parcels: ParcelView[] = [];
  inspection: InspectionView | null = null;
  refund: RefundView | null = null;
  exchange: ExchangeView | null = null;
  damageClaims: DamageClaimView[] = [];
  /** When the goods came back (R-9 counts the refund deadline from here) and reach inspection. */
  receivedAt: number | null = null;
  inspectionQueuedAt: number | null = null;
  inspectionQueued = false;
  refundOverdueRecorded = false;
  shippingFeeRequestedAt: number | null = null;
  result: string | null = null;
  readonly timeline: ReturnState['timeline'] = [];

  constructor(readonly input: ReturnInput) {
    this.amountFen = input.amountFen;
    this.description = input.description;
    this.record('requested', input.requestedBy, `${input.type}, ${input.reason}, CNY ${(input.amountFen / 100).toFixed(2)} via ${input.source}`);
  }

  /**
   * An update's validator: refuses (throws) what the request or the state does not allow, changes
   * nothing. Pure and synchronous, as Temporal requires of validators. (Who acts, `by`, is checked
   * for every action by the shared update helper.)
   */
  check<A extends ReturnAction>(action: A, request: ReturnActions[A]): void {
    (this.checks[action] as (r: ReturnActions[A]) => void)(request);
  }

  /** An accepted action, applied: the state it leads to, recorded on the timeline. */
  perform<A extends ReturnAction>(action: A, request: ReturnActions[A]): void {
    (this.effects[action] as (r: ReturnActions[A]) => void)(request);
  }

  private readonly checks: PerAction = {
    approve: () => this.ensureAllowed('agree'),
    reject: (r) => {
      required(r.reason, 'reason');
      const refusal = rejectionRefusal(this.input.reason, this.status);
      if (refusal) transition(refusal);
      this.ensureAllowed(this.rejectEvent());
    },
    modify: (r) => {
      if (r.amountFen === undefined && !r.description?.trim()) invalid('amountFen or description is required: the buyer changes what the seller rejected', 'amountFen');
      if (r.amountFen !== undefined && !(Number.isInteger(r.amountFen) && r.amountFen > 0)) invalid('amountFen must be a positive whole number of fen', 'amountFen');
      this.ensureAllowed(this.modifyEvent());
    },
    ship: (r) => {
      required(r.courier, 'courier');
      if (!WAYBILL.test(r.waybillNo ?? '')) invalid('waybillNo must be 6 to 32 letters, digits or dashes', 'waybillNo');
      if (r.method !== undefined && r.method !== 'express' && r.method !== 'surface') invalid('method must be express or surface', 'method');
      this.ensureAllowed('ship');
    },
    receive: () => this.ensureAllowed('receive'),
    inspect: (r) => {
      if (typeof r.resellable !== 'boolean') invalid('resellable must be true or false', 'resellable');
      if (typeof r.qualityProblem !== 'boolean') invalid('qualityProblem must be true or false', 'qualityProblem');
      required(r.notes, 'notes');
      this.ensureAllowed('inspect');
    },
    payShipping: (r) => {
      required(r.paymentRef, 'paymentRef');
      if (this.status !== 'inspected' || this.exchange?.shippingFee !== 'due') transition(`no shipping fee is due on a request that is ${this.status}`);
      if (this.exchange.paymentRef) transition(`payment ${this.exchange.paymentRef} is being confirmed with finance`);
    },
    retryRefund: () => {
      if (this.status !== 'refund_pending' || this.refund?.status !== 'failed') transition(`there is no failed refund to retry on a request that is ${this.status}`);
    },
    confirmRefund: () => {
      if (this.status !== 'refund_pending' || this.refund?.status !== 'awaiting_confirmation') transition(`there is no refund awaiting confirmation on a request that is ${this.status}`);
    },
    cancel: (r) => {
      required(r.reason, 'reason');
      // A request sent back for correction after shipment has goods on their way: no withdrawing it.
      if (this.goodsOnTheirWay()) transition(`cannot cancel a request whose goods were shipped; it is ${this.status}`);
      this.ensureAllowed('cancel');
    },
  };

  private readonly effects: PerAction = {
    approve: (r) => this.apply('agree', r.by, r.note ?? 'amount and reason checked (R-2)'),
    reject: (r) => {
      const round = (this.rejection?.round ?? 0) + 1;
      this.rejection = { reason: r.reason, by: r.by, round };
      this.apply(this.rejectEvent(), r.by, r.reason);
    },
    modify: (r) => {
      if (r.amountFen !== undefined) this.amountFen = r.amountFen;
      if (r.description?.trim()) this.description = r.description.trim();
      const what = [r.amountFen !== undefined ? `amount ${yuan(r.amountFen)}` : '', r.description?.trim() ? 'description changed' : ''].filter(Boolean).join(', ');
      this.apply(this.modifyEvent(), r.by, what);
    },
    ship: (r) => {
      const parcel = this.addParcel({ purpose: 'return', courier: r.courier.trim(), waybillNo: r.waybillNo, method: r.method ?? 'express', shippedAt: new Date().toISOString() });
      this.apply('ship', r.by, `${parcel.courier} waybill ${parcel.waybillNo} (${parcel.method}) (R-4)`);
    },
    receive: (r) => {
      this.apply('receive', r.by, r.note ?? 'receipt confirmed by the seller (R-4)');
      this.goodsReceived();
    },
    inspect: (r) => {
      this.inspection = { resellable: r.resellable, qualityProblem: r.qualityProblem, notes: r.notes.trim(), photoRefs: r.photoRefs ?? [], by: r.by, at: new Date().toISOString() };
      this.apply('inspect', r.by, `${r.resellable ? 'resellable' : 'not resellable'}, ${r.qualityProblem ? 'quality problem' : 'no quality problem'}: ${r.notes.trim()} (R-5)`);
    },
    payShipping: (r) => {
      this.exchange = { ...this.exchange!, paymentRef: r.paymentRef.trim() };
      this.changed('shipping_fee_payment_reported', r.by, `payment ${r.paymentRef.trim()}: checking with finance (R-6)`);
    },
    retryRefund: (r) => {
      this.refund = { ...this.refund!, status: 'requested', failure: null };
      this.changed('refund_retry', r.by, `asked finance again with the same key ${this.refund.refundId}`);
    },
    // a finance person confirms; the main loop then asks finance to pay.
    confirmRefund: (r) => {
      this.refund = { ...this.refund!, status: 'requested', confirmedBy: r.by };
      this.changed('refund_confirmed', r.by, `refund of ${yuan(this.refund.amountFen)} confirmed by finance (R-4)`);
    },
    cancel: (r) => {
      this.apply('cancel', r.by, r.reason);
      this.finish(`cancelled: ${r.reason}`);
    },
  };

  /** a rejection after the buyer shipped asks for a correction instead. */
  private rejectEvent(): ReturnEvent {
    return this.status === 'buyer_shipped' ? 'request_correction' : 'reject';
  }

  private modifyEvent(): ReturnEvent {
    return this.goodsOnTheirWay() ? 'modify_shipped' : 'modify';
  }

  /** The buyer's parcel has been shipped (it may since have been sent back for correction). */
  goodsOnTheirWay(): boolean {
    return this.parcels.some((p) => p.purpose === 'return');
  }

  isFinished(): boolean {
    return isFinalReturnStatus(this.status);
  }

  ensureAllowed(event: ReturnEvent): void {
    if (!nextReturnStatus(this.input.type, this.status, event)) {
      transition(`cannot ${event.replace(/_/g, ' ')} a ${this.input.type.replace(/_/g, ' ')} request that is ${this.status}`);
    }
  }

  allows(event: ReturnEvent): boolean {
    return nextReturnStatus(this.input.type, this.status, event) !== undefined;
  }

  apply(event: ReturnEvent, by: string, note?: string): void {
    this.ensureAllowed(event);
    this.status = nextReturnStatus(this.input.type, this.status, event)!;
    this.statusSince = Date.now();
    // the handler is whoever last acted for the seller.
    if (SELLER_EVENTS.has(event) && by !== SYSTEM) this.handler = by;
    this.changed(event, by, note);
  }

  /** The parcel on its way now (the buyer's return or the latest replacement). */
  currentParcel(): ParcelView | undefined {
    const purpose = this.status === 'buyer_shipped' ? 'return' : this.status === 'replacement_shipped' ? 'replacement' : undefined;
    return purpose ? this.parcels.filter((p) => p.purpose === purpose).at(-1) : undefined;
  }

  addParcel(parcel: Omit<ParcelView, 'events' | 'lastState' | 'round'>): ParcelView {
    const round = this.parcels.filter((p) => p.purpose === parcel.purpose).length + 1;
    const view: ParcelView = { ...parcel, round, events: [], lastState: null };
    this.parcels.push(view);
    return view;
  }

  /** L-1: the courier's new events on a parcel, each recorded with its agent id and date. Returns them. */
  track(parcel: ParcelView, events: TrackingEvent[]): TrackingEvent[] {
    const fresh = events.slice(parcel.events.length);
    if (fresh.length === 0) return fresh;
    parcel.events.push(...fresh);
    parcel.lastState = fresh[fresh.length - 1].state;
    for (const event of fresh) this.changed('tracking', `courier ${event.courierAgentId}`, `${parcel.purpose} waybill ${parcel.waybillNo}: ${event.state} at ${event.at}`);
    return fresh;
  }

  goodsReceived(): void {
    this.receivedAt = Date.now();
  }

  finish(result: string): void {
    this.result = result;
  }

  /** Records an event that changes the state without a status transition. */
  changed(event: string, by: string, note?: string): void {
    this.stateVersion += 1;
    this.record(event, by, note);
  }

  /** A change the read model shows that is no event of its own (L-1: a tracking query's result). */
  noted(): void {
    this.stateVersion += 1;
  }

  private record(event: string, by: string, note?: string): void {
    // Workflow time is deterministic (the SDK replaces Date inside workflows).
    this.timeline.push({ at: new Date().toISOString(), event, by, ...(note ? { note } : {}) });
  }

  snapshot(deadlines: ReturnState['deadlines']): ReturnState {
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return {
      returnNo: this.input.returnNo,
      type: this.input.type,
      status: this.status,
      source: this.input.source,
      reason: this.input.reason,
      customerNo: this.input.customerNo,
      orderRef: this.input.orderRef,
      items: this.input.items,
      amountFen: this.amountFen,
      description: this.description,
      goodsState: this.input.goodsState,
      handler: this.handler,
      policy: this.policy ? { code: this.policy.code, version: this.policy.version } : null,
      refundDueAt: this.receivedAt !== null && this.policy ? iso(this.receivedAt + this.policy.terms.refundDueSeconds * 1000) : null,
      inspectionQueuedAt: iso(this.inspectionQueuedAt),
      rejection: this.rejection,
      parcels: this.parcels.map((p) => ({ ...p, events: [...p.events] })),
      inspection: this.inspection,
      refund: this.refund,
      exchange: this.exchange,
      damageClaims: [...this.damageClaims],
      deadlines,
      result: this.result,
      complaintCaseNo: this.input.complaintCaseNo ?? null,
      stateVersion: this.stateVersion,
      timeline: [...this.timeline],
    };
  }
}
