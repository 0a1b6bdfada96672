/**
 * Our JSON-over-HTTP protocol with the courier, finance, quality and sales departments.
 * Pure types and constants: imported by activities, the API, the simulator and (types only) workflows.
 */
export const DEPARTMENTS = ['courier', 'finance', 'quality', 'sales'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export function isDepartment(value: unknown): value is Department {
  return typeof value === 'string' && (DEPARTMENTS as readonly string[]).includes(value);
}

/** `POST {departmentBaseUrl}/requests`. `requestId` is also the idempotency key: a repeat never creates new work. */
export interface DepartmentRequest<P = Record<string, unknown>> {
  requestId: string;
  department: Department;
  kind: string;
  payload: P;
  /** Where the department posts its answer: `{API}/department-callbacks/{callbackToken}`. */
  callbackUrl: string;
  /** Opaque, single-use; only its SHA-256 is stored on our side. */
  callbackToken: string;
}

/**
 * `POST {departmentBaseUrl}/calls`: a short call answered in the response (payment status, refunds,
 * tracking). `requestId` is the idempotency key: a repeat returns the original answer, never new work.
 */
export interface DepartmentCall<P = Record<string, unknown>> {
  requestId: string;
  department: Department;
  kind: string;
  payload: P;
}

export const ANSWER_OUTCOMES = ['completed', 'failed'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

export interface DepartmentError {
  code: string;
  message: string;
}

/** `POST {callbackUrl}`, signed with the department's secret. */
export interface DepartmentAnswer<R = unknown> {
  requestId: string;
  outcome: AnswerOutcome;
  result?: R;
  error?: DepartmentError;
}

/** Headers on every signed message, in both directions. */
export const TIMESTAMP_HEADER = 'x-department-timestamp';
export const SIGNATURE_HEADER = 'x-department-signature';
/** Sent with requests, so that the department knows which secret to check them with. */
export const DEPARTMENT_HEADER = 'x-department';

export const CALLBACK_PATH = 'department-callbacks';

/** Failure types department activities end with in Temporal; workflows tell them from timeouts by these. */
export const DEPARTMENT_ANSWER_FAILED = 'DepartmentAnswerFailed';
export const DEPARTMENT_REQUEST_REFUSED = 'DepartmentRequestRefused';
export const DEPARTMENT_UNAVAILABLE = 'DepartmentUnavailable';
