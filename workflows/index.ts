// Every workflow type the worker registers.
export { complaintWorkflow } from './complaint/complaint.workflow';
export { staffReassignmentWorkflow } from './staff/staff-reassignment.workflow';
export { departmentRequestWorkflow } from './departments/department-request.workflow';
export { returnWorkflow } from './returns/return.workflow';
export { damageClaimWorkflow } from './returns/damage-claim.workflow';
