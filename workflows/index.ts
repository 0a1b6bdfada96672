// Every workflow type the worker registers.
export { complaintWorkflow } from './complaint/complaint.workflow';
