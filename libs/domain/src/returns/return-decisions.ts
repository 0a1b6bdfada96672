// what inspection decides, and who pays the replacement's shipping.

export interface InspectionFindings {
  resellable: boolean;
  qualityProblem: boolean;
}

export type RefundDecision = { refund: true; why: string } | { refund: false; why: string };

/** refund only if the item is new and resellable; a quality problem is the seller's and refunded anyway. */
export function refundDecision(findings: InspectionFindings): RefundDecision {
  if (findings.qualityProblem) return { refund: true, why: 'quality problem confirmed by inspection (R-6)' };
  if (findings.resellable) return { refund: true, why: 'returned new and resellable (R-6)' };
  return { refund: false, why: 'the returned item is not resellable and has no quality problem (R-6)' };
}

export type ShippingFeeDecision = 'waived_quality_problem' | 'paid_by_customer' | 'due';

/** a quality problem is exchanged free; otherwise the customer pays the shipping before the replacement goes. */
export function exchangeShippingFee(findings: InspectionFindings, customerPaidReturnShipping: boolean): ShippingFeeDecision {
  if (findings.qualityProblem) return 'waived_quality_problem';
  return customerPaidReturnShipping ? 'paid_by_customer' : 'due';
}
