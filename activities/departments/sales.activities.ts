import type { LeadHandover } from '@libs/departments/ports';
import { callDepartment } from '@libs/departments/department-call';
import { DepartmentActivityDependencies, settingsResolver } from './department-settings';

export function createSalesDepartmentActivities(deps: DepartmentActivityDependencies) {
  const settings = settingsResolver(deps);
  return {
    /** F-11: purchase intent found on a follow-up call goes to the sales manager with the call notes, once per lead. */
    async handOverLead(lead: LeadHandover): Promise<{ accepted: true; salesOwner: string }> {
      return callDepartment(settings(), 'sales', 'hand-over-lead', `lead:${lead.leadId}`, lead);
    },
  };
}
