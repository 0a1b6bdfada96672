#!/usr/bin/env node
// One bare worker process for the bench's baseline: the timer workflow above and one local activity
// that records when it fired in PostgreSQL (as an escalation records its breach). Started by
// bench/lib/bare-baseline.mjs with TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, BARE_TASK_QUEUE,
// DATABASE_URL, BARE_CACHE and the platform worker's tuning (BARE_MAX_WORKFLOW_TASKS, ..._POLLS, ..._THREADS, BARE_STICKY_QUEUE_TIMEOUT_SECONDS, BARE_WORKFLOW_STACK_TRACES, BARE_LEAN_WORKFLOW_THREADS); prints `ready` once it polls.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { NativeConnection, Worker } from '@temporalio/worker';
import tuning from '../../../dist/libs/temporal/src/worker-tuning.js';
import leanThreads from '../../../dist/libs/temporal/src/workflow-threads/lean-workflow-threads.js';

const env = process.env;
const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
// Workflow threads as lean as the platform worker's (its stall guard too).
const leanSettings = {
  enabled: env.BARE_LEAN_WORKFLOW_THREADS !== 'off',
  stackTraces: env.BARE_WORKFLOW_STACK_TRACES === 'on',
  stallSeconds: 30,
  onStall: () => {
    console.error('bare worker: a workflow thread stalled');
    process.exit(70);
  },
};
const [worker] = await leanThreads.withLeanWorkflowThreads(leanSettings, () => Worker.create({
  connection,
  namespace: env.TEMPORAL_NAMESPACE,
  taskQueue: env.BARE_TASK_QUEUE,
  workflowsPath: path.join(path.dirname(fileURLToPath(import.meta.url)), 'bare-timer.workflow.js'),
  maxCachedWorkflows: Number(env.BARE_CACHE),
  ...tuning.workerTuning({
    maxWorkflowTasks: Number(env.BARE_MAX_WORKFLOW_TASKS),
    maxWorkflowTaskPolls: Number(env.BARE_MAX_WORKFLOW_TASK_POLLS),
    workflowThreads: Number(env.BARE_WORKFLOW_THREADS),
    stickyQueueTimeoutSeconds: Number(env.BARE_STICKY_QUEUE_TIMEOUT_SECONDS),
  }),
  activities: {
    async fired(workflowId, deadlineMs) {
      await db.query(`INSERT INTO bench_bare_fired (workflow_id, deadline) VALUES ($1, to_timestamp($2 / 1000.0)) ON CONFLICT DO NOTHING`, [workflowId, deadlineMs]);
    },
  },
}));
process.on('SIGTERM', () => worker.shutdown());
const running = worker.run();
process.stdout.write('ready\n');
await running;
await db.end();
await connection.close();
