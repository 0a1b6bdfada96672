import type { KeyPartDefectReport, QualityInvestigationRequest, QualityInvestigationResult } from '@libs/departments/ports';
import { callDepartment } from '@libs/departments/department-call';
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

    /** C-12: a key part crossing its defect threshold is reported to quality inspection, once per alert. */
    async reportKeyPartDefects(report: KeyPartDefectReport): Promise<{ acknowledged: true }> {
      return callDepartment(settings(), 'quality', 'report-key-part-defects', `key-part-alert:${report.alertId}`, report);
    },
  };
}
