import { ApplicationFailure } from '@temporalio/common';
import { DEPARTMENT_HEADER, DEPARTMENT_REQUEST_REFUSED, DEPARTMENT_UNAVAILABLE, Department } from './protocol';
import { DepartmentSettings } from './settings';
import { signedHeaders } from './signature';

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * POSTs a signed JSON body to a department and returns its JSON answer. A 4xx is the department refusing
 * this request (non-retryable, with its message); 5xx, network errors and timeouts are retried.
 */
export async function postToDepartment<T = unknown>(settings: DepartmentSettings, department: Department, path: string, body: unknown): Promise<T> {
  const secret = settings.secrets?.get(department);
  if (!secret) {
    throw ApplicationFailure.nonRetryable(`No signing secret for the ${department} department: set DEPARTMENT_SECRETS`, DEPARTMENT_REQUEST_REFUSED);
  }
  const raw = JSON.stringify(body);
  let response: Response;
  try {
    response = await fetch(`${settings.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [DEPARTMENT_HEADER]: department, ...signedHeaders(secret, raw) },
      body: raw,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw ApplicationFailure.retryable(`The ${department} department is unreachable: ${(error as Error).message}`, DEPARTMENT_UNAVAILABLE);
  }
  const text = await response.text();
  if (response.status >= 400 && response.status < 500) {
    throw ApplicationFailure.nonRetryable(`The ${department} department refused the request (${response.status}): ${messageOf(text)}`, DEPARTMENT_REQUEST_REFUSED);
  }
  if (!response.ok) {
    throw ApplicationFailure.retryable(`The ${department} department failed (${response.status}): ${messageOf(text)}`, DEPARTMENT_UNAVAILABLE);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

function messageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return body.message.slice(0, 500);
    if (Array.isArray(body.message)) return body.message.join('; ').slice(0, 500);
  } catch {
    // not JSON: the text itself
  }
  return text.slice(0, 200) || 'no message';
}
