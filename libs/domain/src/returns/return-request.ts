// what every after-sales case registers, so that reports can count it.
export const RETURN_SOURCES = ['own_shop', 'tmall', 'jd', 'phone', 'complaint'] as const;
export type ReturnSource = (typeof RETURN_SOURCES)[number];

/** The problem type the buyer gives; `no_reason_7_days` is the statutory return. */
export const RETURN_REASONS = ['no_reason_7_days', 'quality_problem', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const CUSTOMER_RATINGS = ['positive', 'neutral', 'negative'] as const;
export type CustomerRating = (typeof CUSTOMER_RATINGS)[number];

/** a no-reason return cannot be refused outright; a correction may be asked once the buyer has shipped. */
export function rejectionRefusal(reason: ReturnReason, status: string): string | null {
  if (reason === 'no_reason_7_days' && status === 'requested') {
    return 'a 7-day no-reason return cannot be rejected; a correction can be asked once the buyer has shipped (R-3)';
  }
  return null;
}

/** An amount in fen as staff read it: `CNY 259.00`. */
export function yuan(fen: number): string {
  return `CNY ${(fen / 100).toFixed(2)}`;
}

/** The one-line summary of a request in lists; no personal data. */
export function returnSummary(request: { type: string; amountFen: number; orderRef: string }): string {
  return `${request.type} ${yuan(request.amountFen)} for order ${request.orderRef}`;
}
