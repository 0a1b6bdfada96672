import { PaymentAnswer, shipmentRefusals, StockAnswer } from '@libs/domain/returns/shipment-readiness';
import { callDepartment } from './department-call';
import type { ShipmentReadinessRequest } from './ports';
import type { DepartmentSettings } from './settings';

/**
 * L-4: before a shipment (an exchange's replacement, parts), the sales department checks stock, finance
 * confirms the order's payment (unless nothing is to be paid) and the address and contact are checked;
 * the answer is every reason not to ship (none: it may ship). Reads, keyed by the shipment so that the
 * departments log one check per shipment attempt. A department that cannot answer throws (the caller
 * retries or refuses).
 */
export async function checkShipmentReadiness(settings: DepartmentSettings, request: ShipmentReadinessRequest): Promise<{ refusals: string[] }> {
  const stock = await callDepartment<StockAnswer>(settings, 'sales', 'check-stock', `stock:${request.checkId}`, { caseNo: request.caseNo, items: request.items });
  const payment =
    request.paymentNeeded === false
      ? null
      : await callDepartment<PaymentAnswer>(settings, 'finance', 'confirm-order-payment', `order-payment:${request.checkId}`, {
          caseNo: request.caseNo,
          orderRef: request.orderRef,
          amountFen: request.amountFen,
          currency: 'CNY',
        });
  return { refusals: shipmentRefusals({ stock, address: request.to, payment }) };
}
