import type { ShipmentReadinessRequest } from '@libs/departments/ports';
import { checkShipmentReadiness } from '@libs/departments/shipment-readiness';
import { DepartmentActivityDependencies, settingsResolver } from './department-settings';

/** L-4: the checks before a replacement ships (the same checks guard parts shipments in the API). */
export function createShipmentReadinessActivities(deps: DepartmentActivityDependencies) {
  const settings = settingsResolver(deps);
  return {
    async checkShipmentReadiness(request: ShipmentReadinessRequest): Promise<{ refusals: string[] }> {
      return checkShipmentReadiness(settings(), request);
    },
  };
}
