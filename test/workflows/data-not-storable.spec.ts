import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { DATA_NOT_STORABLE } from '@libs/domain/errors/data-not-storable';
import { workflowIdFor } from '@libs/temporal/conventions';
import { complaintStateQuery } from '@workflows/complaint/complaint.contract';
import { complaintInputFor, givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// Workflow tier: data an activity can never store (here a NUL in productRef, which PostgreSQL refuses
// in any text column: SQLSTATE 22021) ends the step non-retryably instead of being retried forever.
// The API refuses such input (test/e2e/input-safety.spec.ts); this covers data that got in anyway
// (a workflow started by a tool, an older API, a schedule).
describe('data an activity can never store', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  async function startPoisonedComplaint(): Promise<{ caseNo: string; workflowId: string }> {
    await givenAgent(stack.db, { skills: ['quality'] });
    const customer = await givenCustomer(stack.db);
    const input = complaintInputFor(customer, { productRef: 'EB-200\u0000' });
    const { caseNo } = input;
    const workflowId = workflowIdFor.complaint(caseNo);
    await stack.temporal.workflow.start('complaintWorkflow', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId, args: [input] });
    return { caseNo, workflowId };
  }

  /** Failures in the raw history whose type is DATA_NOT_STORABLE (type and flag are never encoded). */
  async function dataFailures(workflowId: string) {
    const plain = new Client({ connection: stack.temporal.connection, namespace: stack.config.TEMPORAL_NAMESPACE });
    const history = await plain.workflow.getHandle(workflowId).fetchHistory();
    const found: Array<{ nonRetryable: boolean; event: string }> = [];
    const visit = (node: unknown, event: string): void => {
      if (node === null || typeof node !== 'object') return;
      const info = (node as { applicationFailureInfo?: { type?: string; nonRetryable?: boolean } }).applicationFailureInfo;
      if (info?.type === DATA_NOT_STORABLE) found.push({ nonRetryable: info.nonRetryable === true, event });
      for (const value of Object.values(node)) visit(value, event);
    };
    for (const event of history.events ?? []) {
      visit(temporal.api.history.v1.HistoryEvent.fromObject(event).toJSON(), String(event.eventType));
    }
    return found;
  }

  it('ends the step after one failure, non-retryably, naming the SQLSTATE and never the value', async () => {
    const { caseNo, workflowId } = await startPoisonedComplaint();
    const started = Date.now();
    const failures = await eventually(() => dataFailures(workflowId), (f) => f.length > 0, 30_000);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.nonRetryable)).toBe(true);
    // Retries would back off 1 s, 2 s, 4 s ... for ever; one decisive failure comes at once.
    expect(Date.now() - started).toBeLessThan(30_000);

    // The run goes on (the next test shows the problem on the case); the failure in history says what
    // and where, decoded by the codec client, and never carries the value.
    expect((await stack.temporal.workflow.getHandle(workflowId).describe()).status.name).toBe('RUNNING');
    const rows = await stack.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = $1`, [caseNo]);
    expect(rows[0].n).toBe(0);
  });

  // A complaint whose step fails with DATA_NOT_STORABLE keeps running, shows `dataProblem` and a
  // `data_not_storable` timeline entry, instead of failing or retrying for ever.
  it('shows the problem on the case: status and timeline', async () => {
    const { workflowId } = await startPoisonedComplaint();
    const handle = stack.temporal.workflow.getHandle(workflowId);
    const state = await eventually(
      () => handle.query(complaintStateQuery),
      (s) => s.timeline.some((t) => t.event === 'data_not_storable'),
      30_000,
    );
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(state).toMatchObject({ dataProblem: { code: DATA_NOT_STORABLE, sqlState: '22021', step: 'recordCaseState' } });
    expect(state.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'data_not_storable', by: 'system' })]));
  });
});
