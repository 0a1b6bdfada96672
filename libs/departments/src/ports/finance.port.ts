/**
 * finance confirms payments and pays refunds. Every call carries an idempotency key, so that a
 * retried activity never pays twice.
 */
export interface Money {
  /** Smallest currency unit (fen for CNY): no floating-point amounts. */
  amountFen: number;
  currency: 'CNY';
}

export interface RefundRequest extends Money {
  /** Also the idempotency key. */
  refundId: string;
  caseNo: string;
}

export interface PaymentConfirmationRequest extends Money {
  paymentRef: string;
  caseNo: string;
}

/** What finance booked for one idempotency key; a repeated key returns this same record. */
export interface PaymentRecord extends Money {
  paymentId: string;
  idempotencyKey: string;
  kind: 'refund' | 'shipping-fee';
  caseNo: string;
  status: 'paid';
  paidAt: string;
}

/** L-4: `confirm-order-payment`, a short call: whether finance has received the order's payment. */
export interface OrderPaymentCheck extends Money {
  orderRef: string;
  caseNo: string;
}
