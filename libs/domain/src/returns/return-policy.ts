import type { ReturnType } from './return-lifecycle';
import { BUSINESS_TIME_ZONE } from '../cases/business-time-zone';

// the marketplace's timeouts are indicative and change over time, so they are data: a policy is
// versioned, and a running request keeps the version it started with. Durations are in seconds so
// that tests and drills can run a whole request in a minute.
export interface ReturnPolicyTerms {
  /** Seller silent on a request → agreed by the system (5 days). */
  sellerSilentSeconds: number;
  /** The same for virtual goods (3 days). */
  sellerSilentVirtualSeconds: number;
  /** Refund only, parcel not yet received by the buyer: seller silent → agreed (36 h). */
  sellerSilentNotReceivedSeconds: number;
  /** Refund only, paid and not yet shipped: seller silent → refunded (24 h). */
  sellerSilentNotShippedSeconds: number;
  /** Rejected, buyer silent → closed (5 days). */
  buyerModifySeconds: number;
  /** Agreed, buyer does not ship → closed (7 days). */
  buyerShipSeconds: number;
  /** Buyer shipped by express, seller does not confirm receipt → refunded by the system (10 days). */
  sellerConfirmExpressSeconds: number;
  /** The same by surface post (30 days). */
  sellerConfirmSurfaceSeconds: number;
  /** the merchant refunds within 7 days of receiving the goods back. */
  refundDueSeconds: number;
  /** an exchange whose shipping fee is unpaid waits this long for the customer, then closes. */
  shippingFeeSeconds: number;
  /** what the customer pays for the replacement's shipping when it is theirs to pay, in fen. */
  shippingFeeFen: number;
  /** How long finance or the courier has to answer a call before it shows as failed (a person retries a refund). */
  departmentAnswerSeconds: number;
  /** L-1: how often a waybill in transit is tracked with the courier. */
  trackingPollSeconds: number;
  /** the warehouse's batch hand-over to after-sales; null hands each parcel over on arrival. */
  warehouseBatch: WarehouseBatchRule | null;
  /**
   * a refund above this amount (fen) waits for a person with the finance role to confirm it
   * before finance is asked to pay; null (or absent, in versions written before the term) confirms none.
   */
  refundConfirmationAboveFen?: number | null;
  /** L-2: how long the courier has to decide a damage or loss claim; absent in versions written before the term (14 days). */
  damageClaimAnswerSeconds?: number;
}

/** parcels arriving from `cutoff` until `morningEnds` next day reach after-sales at `handoverAt`. */
export interface WarehouseBatchRule {
  cutoff: string;
  morningEnds: string;
  handoverAt: string;
  timeZone: string;
}

const DAY = 86_400;
const HOUR = 3_600;

/** The seeded defaults, from R-8 (and ). */
export const DEFAULT_RETURN_POLICY_TERMS: ReturnPolicyTerms = {
  sellerSilentSeconds: 5 * DAY,
  sellerSilentVirtualSeconds: 3 * DAY,
  sellerSilentNotReceivedSeconds: 36 * HOUR,
  sellerSilentNotShippedSeconds: 24 * HOUR,
  buyerModifySeconds: 5 * DAY,
  buyerShipSeconds: 7 * DAY,
  sellerConfirmExpressSeconds: 10 * DAY,
  sellerConfirmSurfaceSeconds: 30 * DAY,
  refundDueSeconds: 7 * DAY,
  shippingFeeSeconds: 3 * DAY,
  shippingFeeFen: 1_200,
  departmentAnswerSeconds: DAY,
  trackingPollSeconds: 30 * 60,
  warehouseBatch: { cutoff: '16:00', morningEnds: '12:00', handoverAt: '15:00', timeZone: BUSINESS_TIME_ZONE },
};

export interface ReturnPolicy {
  code: string;
  version: number;
  terms: ReturnPolicyTerms;
}

/** Where the goods are when a refund-only request is made (R-8 treats each differently). */
export const GOODS_STATES = ['not_shipped', 'in_transit', 'received'] as const;
export type GoodsState = (typeof GOODS_STATES)[number];

export interface SellerSilenceRule {
  seconds: number;
  /** What the system does when the seller stays silent. */
  action: 'agree' | 'refund';
  rule: string;
}

/** how long the seller may stay silent on this request, and what happens then. */
export function sellerSilenceRule(request: { type: ReturnType; goodsState: GoodsState; virtualGoods: boolean }, terms: ReturnPolicyTerms): SellerSilenceRule {
  if (request.type === 'refund_only' && request.goodsState === 'not_shipped') {
    return { seconds: terms.sellerSilentNotShippedSeconds, action: 'refund', rule: 'paid and not shipped: refunded when the seller stays silent (R-8)' };
  }
  if (request.type === 'refund_only' && request.goodsState === 'in_transit') {
    return { seconds: terms.sellerSilentNotReceivedSeconds, action: 'agree', rule: 'refund only, parcel not yet received: agreed when the seller stays silent (R-8)' };
  }
  if (request.virtualGoods) return { seconds: terms.sellerSilentVirtualSeconds, action: 'agree', rule: 'virtual goods: agreed when the seller stays silent (R-8)' };
  return { seconds: terms.sellerSilentSeconds, action: 'agree', rule: 'agreed when the seller stays silent (R-8)' };
}

export const SHIPPING_METHODS = ['express', 'surface'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

/** how long the seller has to confirm receipt of a shipped return before the system acts. */
export function sellerConfirmSeconds(method: ShippingMethod, terms: ReturnPolicyTerms): number {
  return method === 'surface' ? terms.sellerConfirmSurfaceSeconds : terms.sellerConfirmExpressSeconds;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Problems with a policy's terms, each naming its field; empty when the terms are usable. */
export function returnPolicyProblems(terms: ReturnPolicyTerms): string[] {
  const problems: string[] = [];
  // Every duration must be there: a missing one would become a timer of no length.
  for (const field of Object.keys(DEFAULT_RETURN_POLICY_TERMS) as Array<keyof ReturnPolicyTerms>) {
    if (field === 'warehouseBatch' || field === 'refundConfirmationAboveFen' || field === 'damageClaimAnswerSeconds') continue;
    const value = terms[field] as unknown;
    if (field === 'shippingFeeFen') {
      if (!Number.isInteger(value) || (value as number) < 0) problems.push(`${field} must be a whole number of fen, 0 or more`);
    } else if (!Number.isInteger(value) || (value as number) < 1) problems.push(`${field} must be a positive whole number`);
  }
  // Terms added later are optional: a version without them keeps the behaviour from before the term.
  const above = terms.refundConfirmationAboveFen;
  if (above !== undefined && above !== null && !(Number.isInteger(above) && above >= 0)) problems.push('refundConfirmationAboveFen must be a whole number of fen, 0 or more, or null');
  const claim = terms.damageClaimAnswerSeconds;
  if (claim !== undefined && !(Number.isInteger(claim) && claim >= 1)) problems.push('damageClaimAnswerSeconds must be a positive whole number');
  if (terms.warehouseBatch === undefined) problems.push('warehouseBatch must be given (null hands parcels over as they arrive)');
  const batch = terms.warehouseBatch;
  if (batch) {
    const clocks = (['cutoff', 'morningEnds', 'handoverAt'] as const).filter((field) => {
      const ok = CLOCK.test(batch[field] ?? '');
      if (!ok) problems.push(`warehouseBatch.${field} must be a time of day like 16:00`);
      return ok;
    });
    // the morning's parcels join the batch handed over that afternoon, before the next cut-off.
    if (clocks.length === 3 && !(clockTimeMs(batch.morningEnds) <= clockTimeMs(batch.handoverAt) && clockTimeMs(batch.handoverAt) < clockTimeMs(batch.cutoff))) {
      problems.push('warehouseBatch times must run morningEnds ≤ handoverAt < cutoff');
    }
    if (!batch.timeZone) problems.push('warehouseBatch.timeZone is required');
    else {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: batch.timeZone });
      } catch {
        problems.push(`warehouseBatch.timeZone ${batch.timeZone} is not a known time zone`);
      }
    }
  }
  return problems;
}

/** `HH:MM` as ms since midnight. */
export function clockTimeMs(value: string): number {
  const [, hours, minutes] = CLOCK.exec(value) ?? [];
  if (hours === undefined) throw new RangeError(`not a time of day: ${value}`);
  return (Number(hours) * 60 + Number(minutes)) * 60_000;
}
