import type { DamageClaimDecision, DamageClaimRequest, ShipmentBooking, ShipmentRequest, TrackingEvent } from '@libs/departments/ports';
import { callDepartment } from '@libs/departments/department-call';
import { requestWithCallback } from './department-request';
import { DepartmentActivityDependencies, settingsResolver } from './department-settings';

/** R-4 and L-1..L-3 with the courier. Keys come from business ids, so that a retry books nothing twice. */
export function createCourierDepartmentActivities(deps: DepartmentActivityDependencies) {
  const settings = settingsResolver(deps);
  return {
    /** C-10, R-6: one replacement shipment per case; the courier names itself for the customer's SMS (L-4). */
    async shipReplacement(shipment: ShipmentRequest): Promise<ShipmentBooking> {
      return callDepartment(settings(), 'courier', 'ship-replacement', `replacement:${shipment.shipmentId ?? shipment.caseNo}`, shipment);
    },
    /** L-1: the waybill's events so far, each with the courier's agent id and date. A read: safe to retry. */
    async trackWaybill(query: { waybillNo: string }): Promise<TrackingEvent[]> {
      return callDepartment(settings(), 'courier', 'track-waybill', `track:${query.waybillNo}`, query);
    },
    /** L-2: a written damage or loss claim; the courier decides later and answers by callback. */
    async fileDamageClaim(claim: DamageClaimRequest): Promise<DamageClaimDecision> {
      return requestWithCallback(deps.dataSource, settings(), { department: 'courier', kind: 'file-damage-claim', caseNo: claim.caseNo, payload: { ...claim } });
    },
  };
}
