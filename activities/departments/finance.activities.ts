import type { PaymentConfirmationRequest, PaymentRecord, RefundRequest } from '@libs/departments/ports';
import { DepartmentActivityDependencies, settingsResolver } from './department-settings';
import { callDepartment } from '@libs/departments/department-call';

/**
 * finance calls, answered in the response. Each carries an idempotency key taken from the
 * business id (the refund id), so that an attempt retried after a lost response or a worker crash
 * gets the original payment back instead of paying twice.
 */
export function createFinanceDepartmentActivities(deps: DepartmentActivityDependencies) {
  const settings = settingsResolver(deps);
  const call = <T>(kind: string, requestId: string, payload: object) => callDepartment<T>(settings(), 'finance', kind, requestId, payload);

  return {
    async payRefund(refund: RefundRequest): Promise<PaymentRecord> {
      return call('pay-refund', refund.refundId, refund);
    },
    /** only a read, but keyed all the same so that the department can log one check per payment. */
    async confirmPaymentReceived(payment: PaymentConfirmationRequest): Promise<{ received: boolean }> {
      return call('confirm-payment', `payment-check:${payment.paymentRef}`, payment);
    },
  };
}
