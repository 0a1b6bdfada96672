import { randomBytes } from 'node:crypto';
import { activityInfo, CompleteAsyncError } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { tokenHash } from '@libs/departments/answer';
import { CALLBACK_PATH, DEPARTMENT_REQUEST_REFUSED, Department, DepartmentRequest } from '@libs/departments/protocol';
import { DepartmentSettings } from '@libs/departments/settings';
import { postToDepartment } from '@libs/departments/department-http';

/**
 * Sends a request that the department answers later by callback, and leaves the activity open
 * (asynchronous completion): the callback endpoint completes or fails it with the task token stored here.
 */
export async function requestWithCallback(
  dataSource: DataSource,
  settings: DepartmentSettings,
  request: { department: Department; kind: string; caseNo: string; payload: Record<string, unknown> },
): Promise<never> {
  const info = activityInfo();
  const run = info.workflowExecution;
  if (!run) throw ApplicationFailure.nonRetryable('Department requests are made from workflows only', DEPARTMENT_REQUEST_REFUSED);
  // Stable across attempts, so that a retried attempt is the same request to the department (idempotent);
  // the run id keeps ids apart when a workflow id is reused.
  const requestId = `${run.workflowId}:${run.runId}:${info.activityId}`;
  // A fresh single-use token per attempt; the latest attempt's token and task token are the live ones.
  const callbackToken = randomBytes(32).toString('base64url');
  await dataSource.query(
    `INSERT INTO department_requests (id, department, kind, case_no, callback_token_hash, task_token)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET callback_token_hash = EXCLUDED.callback_token_hash, task_token = EXCLUDED.task_token
     WHERE department_requests.status = 'pending'`,
    [requestId, request.department, request.kind, request.caseNo, tokenHash(callbackToken), Buffer.from(info.taskToken)],
  );
  const body: DepartmentRequest = {
    requestId,
    department: request.department,
    kind: request.kind,
    payload: request.payload,
    callbackUrl: `${settings.apiPublicUrl}/${CALLBACK_PATH}/${callbackToken}`,
    callbackToken,
  };
  await postToDepartment(settings, request.department, '/requests', body);
  throw new CompleteAsyncError();
}
