// Naming conventions every workflow of the platform follows, so that an operator can find a case
// in the Temporal UI by its business number.

export type CaseKind = 'complaint' | 'return' | 'followup';

export const workflowIdFor = {
  complaint: (caseNo: string) => `complaint-${caseNo}`,
  return: (returnNo: string) => `return-${returnNo}`,
  followup: (planId: string) => `followup-${planId}`,
} satisfies Record<CaseKind, (id: string) => string>;
