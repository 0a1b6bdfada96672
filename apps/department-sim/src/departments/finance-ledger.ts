import { ConflictException, Injectable } from '@nestjs/common';
import type { PaymentRecord } from '@libs/departments/ports';

/**
 * The finance department's book of payments, one entry per idempotency key: a repeated key returns the
 * original payment and pays nothing; the same key for a different payment is refused.
 */
@Injectable()
export class FinanceLedger {
  private readonly payments = new Map<string, { record: PaymentRecord; fingerprint: string }>();
  /** Orders whose payment finance has not received (L-4); every other order is paid. */
  private readonly unpaidOrders = new Set<string>();

  setOrderPaid(orderRef: string, paid: boolean): void {
    if (paid) this.unpaidOrders.delete(orderRef);
    else this.unpaidOrders.add(orderRef);
  }

  isUnpaid(orderRef: string): boolean {
    return this.unpaidOrders.has(orderRef);
  }

  pay(idempotencyKey: string, kind: PaymentRecord['kind'], payment: { amountFen: number; currency: 'CNY'; caseNo: string }): PaymentRecord {
    const fingerprint = `${kind}|${payment.amountFen}|${payment.currency}|${payment.caseNo}`;
    const known = this.payments.get(idempotencyKey);
    if (known) {
      if (known.fingerprint !== fingerprint) throw new ConflictException({ code: 'IDEMPOTENCY_KEY_REUSED', message: `${idempotencyKey} was already used for another payment` });
      return known.record;
    }
    const record: PaymentRecord = {
      paymentId: `PAY-${String(this.payments.size + 1).padStart(6, '0')}`,
      idempotencyKey,
      kind,
      caseNo: payment.caseNo,
      amountFen: payment.amountFen,
      currency: payment.currency,
      status: 'paid',
      paidAt: new Date().toISOString(),
    };
    this.payments.set(idempotencyKey, { record, fingerprint });
    return record;
  }

  list(): PaymentRecord[] {
    return [...this.payments.values()].map((p) => p.record);
  }
}
