import type { ShipmentReadinessRequest } from '@libs/departments/ports';
import { PaymentAnswer, shipmentRefusals, StockAnswer } from '@libs/domain/returns/shipment-readiness';
import { callDepartment } from './department-call';
import { DepartmentActivityDependencies, settingsResolver } from './department-settings';

/**
 * L-4: before a shipment, the sales department checks stock, finance confirms the order's payment and
 * the address and contact are checked; the answer is every reason not to ship (none: it may ship).
 * Reads, keyed by the shipment so that the departments log one check per shipment attempt.
 */
export function createShipmentReadinessActivities(deps: DepartmentActivityDependencies) {
  const settings = settingsResolver(deps);
  return {
    async checkShipmentReadiness(request: ShipmentReadinessRequest): Promise<{ refusals: string[] }> {
      const stock = await callDepartment<StockAnswer>(settings(), 'sales', 'check-stock', `stock:${request.checkId}`, { caseNo: request.caseNo, items: request.items });
      const payment = await callDepartment<PaymentAnswer>(settings(), 'finance', 'confirm-order-payment', `order-payment:${request.checkId}`, {
        caseNo: request.caseNo,
        orderRef: request.orderRef,
        amountFen: request.amountFen,
        currency: 'CNY',
      });
      return { refusals: shipmentRefusals({ stock, address: request.to, payment }) };
    },
  };
}
