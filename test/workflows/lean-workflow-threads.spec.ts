import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { LeanWorkflowThreadSettings, WorkflowThreadStall, withLeanWorkflowThreads } from '@libs/temporal/workflow-threads/lean-workflow-threads';
import { claimNamespace, requireTestInfrastructure } from '../support/infrastructure';
import { finish, spinningProbe, waitingProbe } from './fixtures/thread-probe.workflow';

// The worker's workflow threads without the SDK's per-call watchdog and (unless asked for) its
// per-promise stack traces: workflows run as before, the stack-trace query says whether it is on, and
// workflow code that never yields is caught by the stall guard instead of the per-call timeout.
describe('lean workflow threads', () => {
  const workflowsPath = path.join(__dirname, 'fixtures/thread-probe.workflow.ts');
  let connection: NativeConnection;
  let clientConnection: Connection;
  let client: Client;
  let namespace: string;

  beforeAll(async () => {
    const address = process.env.TEMPORAL_ADDRESS!;
    requireTestInfrastructure();
    namespace = claimNamespace();
    connection = await NativeConnection.connect({ address });
    clientConnection = await Connection.connect({ address });
    client = new Client({ connection: clientConnection, namespace });
  });
  afterAll(async () => {
    await clientConnection?.close();
    await connection?.close();
  });

  async function leanWorker(settings: Partial<LeanWorkflowThreadSettings>) {
    const taskQueue = `lean-threads-${randomUUID()}`;
    const [worker, threads] = await withLeanWorkflowThreads({ stackTraces: false, stallSeconds: 30, onStall: () => undefined, ...settings }, () =>
      Worker.create({ connection, namespace, taskQueue, workflowsPath, workflowThreadPoolSize: 1 }),
    );
    return { worker, threads, taskQueue };
  }

  it.each([
    ['off', false],
    ['on', true],
  ])('runs workflows with stack traces %s, and the stack-trace query says which', async (_label, stackTraces) => {
    const { worker, threads, taskQueue } = await leanWorker({ stackTraces });
    expect(threads.lean).toBe(true);
    await worker.runUntil(async () => {
      const handle = await client.workflow.start(waitingProbe, { taskQueue, workflowId: `probe-${randomUUID()}`, args: [5] });
      // Asked until the workflow waits for the signal, past its timers.
      let trace: string | Error = new Error('not asked');
      for (let i = 0; i < 50; i++) {
        trace = await handle.query<string>('__stack_trace').catch((error: Error) => error);
        if (typeof trace === 'string' ? trace.includes('condition') : /not enabled/.test(trace.message)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (stackTraces) expect(trace).toEqual(expect.stringContaining('waitingProbe'));
      else expect((trace as Error).message).toMatch(/stack traces are not enabled/);
      await handle.signal(finish);
      expect(await handle.result()).toBe(0 + 1 + 2 + 3 + 4);
    });
    threads.stop();
  });

  it('leaves the SDK threads as they come when switched off (WORKER_LEAN_WORKFLOW_THREADS=off)', async () => {
    const { worker, threads, taskQueue } = await leanWorker({ enabled: false });
    expect(threads.lean).toBe(false);
    await worker.runUntil(async () => {
      const handle = await client.workflow.start(waitingProbe, { taskQueue, workflowId: `probe-${randomUUID()}`, args: [1] });
      // The SDK's own promise hook is in place: the stack-trace query answers.
      let trace: unknown;
      for (let i = 0; i < 50 && typeof trace !== 'string'; i++) {
        trace = await handle.query<string>('__stack_trace').catch(() => undefined);
        if (typeof trace !== 'string') await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(trace).toEqual(expect.stringContaining('waitingProbe'));
      await handle.signal(finish);
      expect(await handle.result()).toBe(0);
    });
  });

  it('reports a workflow thread running code that never yields, and the thread can be stopped', async () => {
    const stalls: WorkflowThreadStall[] = [];
    const { worker, threads, taskQueue } = await leanWorker({ stallSeconds: 2, onStall: (stall) => void stalls.push(stall) });
    const running = worker.run();
    const started = Date.now();
    await client.workflow.start(spinningProbe, { taskQueue, workflowId: `spin-${randomUUID()}`, workflowTaskTimeout: '60s' });
    while (stalls.length === 0 && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stalls).toHaveLength(1);
    expect(stalls[0].stalledMs).toBeGreaterThanOrEqual(2_000);
    expect(stalls[0].requestsWaiting).toBeGreaterThanOrEqual(1);
    await stalls[0].terminate();
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await expect(running).rejects.toThrow();
    threads.stop();
  });
});
