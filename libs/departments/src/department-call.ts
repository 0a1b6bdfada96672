import { Department, DepartmentCall } from './protocol';
import { DepartmentSettings } from './settings';
import { postToDepartment } from './department-http';

/** A short call answered in the response; `requestId` is the idempotency key, from a business id. */
export function callDepartment<T>(settings: DepartmentSettings, department: Department, kind: string, requestId: string, payload: object): Promise<T> {
  return postToDepartment<T>(settings, department, '/calls', { requestId, department, kind, payload } satisfies DepartmentCall<object>);
}
