import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import { departmentSecretsOf } from '@libs/departments/secrets';
import { signedHeaders } from '@libs/departments/signature';
import { Department } from '@libs/departments/protocol';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import { departmentRequestWorkflow } from '@workflows/departments/department-request.workflow';
import { SimulatedDepartments } from '../../apps/department-sim/src/departments/simulated-departments';
import type { TestStack } from './test-stack';

export interface PendingRequest {
  requestId: string;
  department: Department;
  kind: string;
  payload: Record<string, unknown>;
  callbackUrl: string;
}

/** The secret a department signs with in this test run (`npm test` makes fresh ones). */
export function departmentSecret(department: Department): string {
  const secret = departmentSecretsOf(process.env.DEPARTMENT_SECRETS)?.get(department);
  if (!secret) throw new Error('DEPARTMENT_SECRETS is not set; run with `npm test -- <path>`');
  return secret;
}

/** Sets how a simulated department behaves. */
export async function givenDepartment(stack: TestStack, department: Department, control: Record<string, unknown>): Promise<void> {
  await request(stack.departments!.getHttpServer()).put(`/control/departments/${department}`).send(control).expect(200);
}

/**
 * Resolves when the next short call reaches the simulated department, before its latency passes and
 * it does the work: a test can then act while the call is in flight (kill the worker, for instance).
 */
export function nextCallArriving(stack: TestStack, department: Department): Promise<void> {
  const desks = stack.departments!.get(SimulatedDepartments);
  const original = desks.beforeCall.bind(desks);
  return new Promise((resolve) => {
    const spy = jest.spyOn(desks, 'beforeCall').mockImplementation((to) => {
      if (to === department) {
        spy.mockRestore();
        resolve();
      }
      return original(to);
    });
  });
}

/** Starts a quality investigation request as the complaint workflow would, as a workflow of its own. */
export async function startQualityInvestigation(stack: TestStack, timeoutSeconds = 30) {
  const caseNo = `CP-20261124-${String(Math.floor(Math.random() * 9000) + 1000)}`;
  const payload = { caseNo, category: 'quality', description: 'Motor stops after ten minutes', productRef: 'EB-200' };
  const handle = await stack.temporal.workflow.start(departmentRequestWorkflow, {
    taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
    workflowId: `department-request-${randomUUID()}`,
    args: [{ department: 'quality', kind: 'open-investigation', caseNo, payload, timeoutSeconds }],
  });
  return { handle, caseNo };
}

/** The manual-mode request a workflow sent, once the simulator has it. */
export async function pendingRequestOf(stack: TestStack, workflowId: string): Promise<PendingRequest & { token: string }> {
  const sim = request(stack.departments!.getHttpServer());
  for (let i = 0; i < 100; i++) {
    const { body } = await sim.get('/control/pending').expect(200);
    const found = (body as PendingRequest[]).find((r) => r.requestId.startsWith(`${workflowId}:`));
    if (found) return { ...found, token: found.callbackUrl.split('/').pop()! };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no pending department request from ${workflowId}`);
}

/** Posts a callback as a department would, with control over every part that could be forged. */
export function postCallback(stack: TestStack, token: string, body: unknown, sign: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers = sign.headers ?? signedHeaders(sign.secret ?? departmentSecret('quality'), raw, sign.timestamp);
  return request(stack.api!.getHttpServer()).post(`/department-callbacks/${token}`).set('Content-Type', 'application/json').set(headers).send(raw);
}

/** A payload from history in clear (summaries and failures are encrypted like every payload). */
export async function decodePayload(stack: TestStack, payload: temporal.api.common.v1.IPayload): Promise<unknown> {
  const [decoded] = await createPayloadCodec(stack.config).decode([payload as never]);
  return defaultPayloadConverter.fromPayload(decoded);
}

/** Runs one department request the way a parent workflow would run it as a child. */
export async function runDepartmentRequest(stack: TestStack, input: Parameters<typeof departmentRequestWorkflow>[0]) {
  const handle = await stack.temporal.workflow.start(departmentRequestWorkflow, {
    taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
    workflowId: `department-request-${randomUUID()}`,
    args: [input],
  });
  return { handle, outcome: await handle.result() };
}
