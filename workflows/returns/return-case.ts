import { ApplicationFailure } from '@temporalio/workflow';
import { nextReturnStatus, ReturnEvent, ReturnStatus } from '@libs/domain/returns/return-lifecycle';
import type { ReturnPolicy } from '@libs/domain/returns/return-policy';
import type { TrackingEvent } from '@libs/departments/ports/courier.port';
import type { DamageClaimView, ExchangeView, InspectionView, ParcelView, RefundView, ReturnInput, ReturnState } from './return.contract';

export const SYSTEM = 'system';
const SELLER_EVENTS: ReadonlySet<ReturnEvent> = new Set(['agree', 'reject', 'request_correction', 'receive', 'inspect']);

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

  ensureAllowed(event: ReturnEvent): void {
    if (!nextReturnStatus(this.input.type, this.status, event)) {
      throw ApplicationFailure.nonRetryable(`cannot ${event.replace(/_/g, ' ')} a ${this.input.type.replace(/_/g, ' ')} request that is ${this.status}`, 'InvalidTransition');
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
