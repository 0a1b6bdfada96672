import type { QualityInvestigationRequest, QualityInvestigationResult } from '@libs/departments/ports';
import { DepartmentActivityDependencies, settingsResolver } from './department-settings';
import { requestWithCallback } from './department-request';

/** The quality department's side of C-4, as activities. */
export function createQualityDepartmentActivities(deps: DepartmentActivityDependencies) {
  const settings = settingsResolver(deps);
  return {
    /**
     * C-4: forwards a quality complaint to the quality department. Completes when the department answers
     * with cause, corrective and preventive actions (asynchronous completion by callback).
     */
    async openQualityInvestigation(request: QualityInvestigationRequest): Promise<QualityInvestigationResult> {
      return requestWithCallback(deps.dataSource, settings(), {
        department: 'quality',
        kind: 'open-investigation',
        caseNo: request.caseNo,
        payload: { ...request },
      });
    },
  };
}
