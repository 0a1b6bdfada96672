// Every workflow type the worker registers.
export { complaintWorkflow } from './complaint/complaint.workflow';
export { staffReassignmentWorkflow } from './staff/staff-reassignment.workflow';
export { absenceReturnWorkflow } from './staff/absence-return.workflow';
export { departmentRequestWorkflow } from './departments/department-request.workflow';
export { returnWorkflow } from './returns/return.workflow';
export { damageClaimWorkflow } from './returns/damage-claim.workflow';
export { followUpWorkflow } from './follow-ups/follow-up.workflow';
export { followUpSampleWorkflow } from './follow-ups/follow-up-sample.workflow';
export { customerCareWorkflow } from './follow-ups/customer-care.workflow';
export { followUpTriggerWorkflow } from './follow-ups/follow-up-trigger.workflow';
export { queuedMessageWorkflow } from './notifications/queued-message.workflow';
