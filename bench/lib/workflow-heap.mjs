#!/usr/bin/env node
// What the workflow sandbox holds per cached workflow, without the platform around it: one process runs
// a worker for N complaint workflows (stub activities answering as the real ones do) and then one for N
// bare timer workflows (bench/lib/bare), both in the main thread (debugMode) so that a forced GC and
// the heap are the workflows' own. Prints heap and RSS per cached workflow of each kind.
// `node --expose-gc bench/lib/workflow-heap.mjs [N] [--unshared]` (default 2000); `--unshared` bundles
// without `preloadModules`, as workers were bundled before.
import path from 'node:path';
import { createRequire } from 'node:module';
import { writeHeapSnapshot } from 'node:v8';
import { ROOT } from '../../scripts/lib/project.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { startTemporalDevServer } from '../../scripts/lib/temporal-server.mjs';
import { concurrently, until } from './measure.mjs';

const n = Number(process.argv[2] ?? 2000);
const unshared = process.argv.includes('--unshared');
if (!global.gc) throw new Error('run with node --expose-gc');
const require = createRequire(path.join(ROOT, 'package.json'));
const { bundleWorkflowCode, NativeConnection, Worker } = require('@temporalio/worker');
const { Client, Connection } = require('@temporalio/client');
const { workflowBundleOptions } = require(path.join(ROOT, 'dist/libs/temporal/src/workflow-bundle.js'));
const { searchAttributeCliFlags } = require(path.join(ROOT, 'dist/libs/temporal/src/search-attributes.js'));
const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
const server = await startTemporalDevServer({ cli: process.env.TEMPORAL_CLI_PATH ?? 'temporal', port: await freePort(), searchAttributes: searchAttributeCliFlags(), quiet: () => true });
const connection = await NativeConnection.connect({ address: server.address });
const client = new Client({ connection: await Connection.connect({ address: server.address }) });

const memory = () => {
  global.gc();
  global.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
};
// HEAP_SNAPSHOT_DIR=dir: heap snapshots before and after each kind's workflows, to compare what they hold.
const snapshot = (name) => process.env.HEAP_SNAPSHOT_DIR && writeHeapSnapshot(path.join(process.env.HEAP_SNAPSHOT_DIR, `${name}.heapsnapshot`));
const perWorkflow = (before, after) => ({ heapKB: Math.round((after.heapUsed - before.heapUsed) / 1024 / n), rssKB: Math.round((after.rss - before.rss) / 1024 / n) });

/** Runs `count` workflows of one kind on a worker of their own until each is set up and asleep; returns the memory per workflow. */
async function measure(label, workerOptions, start, setUp) {
  const taskQueue = `heap-${label}`;
  const worker = await Worker.create({ connection, taskQueue, maxCachedWorkflows: n + 100, debugMode: true, ...workerOptions });
  const running = worker.run();
  await new Promise((r) => setTimeout(r, 2000));
  const before = memory();
  snapshot(`${label}-before`);
  await concurrently(n, 16, (i) => start(taskQueue, i));
  await until(async () => ({ done: setUp() >= n && worker.getStatus().numCachedWorkflows >= n }), { timeoutMs: 600_000, intervalMs: 1000 });
  await new Promise((r) => setTimeout(r, 3000));
  const result = { label, cached: worker.getStatus().numCachedWorkflows, ...perWorkflow(before, memory()) };
  snapshot(`${label}-after`);
  worker.shutdown();
  await running;
  return result;
}

// The complaint's calls up to its first sleep, answered as the platform's activities answer a case that
// waits in the supervisor queue (as most of the bench's cases do: every agent at capacity, A-5).
const recorded = new Set();
const policy = { code: 'STD', version: 1, category: null, severity: null, customerTier: null, calendar: '24x7', timeZone: 'Asia/Shanghai', firstContactSeconds: 14_400, resolutionSeconds: 259_200, supervisorReportSeconds: 86_400, escalationStepsSeconds: [172_800, 259_200], satisfactionCallSeconds: 86_400, active: true };
const noOwner = { agent: null, reason: 'all_at_capacity', supervisor: { recipients: ['SV-001'] } };
const deadlinesOf = (r) => r.targets.map((t) => ({ id: t.id, at: r.runningSince - r.consumedMs + t.afterMs }));
const complaintActivities = {
  // New cases ask for policy, deadlines and owner in one call; older branches ask one at a time.
  setUpComplaint: async (r) => ({
    policy,
    owner: noOwner,
    deadlines: deadlinesOf({ runningSince: r.registeredAt, consumedMs: 0, targets: [['first_contact', 14_400], ['supervisor_report', 86_400], ['resolution', 259_200]].map(([id, s]) => ({ id, afterMs: s * 1000 })) }),
  }),
  selectSlaPolicyFor: async () => policy,
  chooseComplaintOwner: async () => noOwner,
  notify: async () => undefined,
  recordCaseState: async (record) => {
    recorded.add(record.caseNo);
    return true;
  },
  slaDeadlines: async (r) => deadlinesOf(r),
  businessTimeBetween: async (r) => r.to - r.from,
};
const bundle = await bundleWorkflowCode({ ...workflowBundleOptions(), ...(unshared ? { preloadModules: [] } : {}), logger: quiet });
const complaint = await measure(
  unshared ? 'complaint-unshared' : 'complaint',
  { workflowBundle: bundle, activities: complaintActivities },
  (taskQueue, i) => {
    const caseNo = `CP-20991231-${String(i).padStart(6, '0')}`;
    return client.workflow.start('complaintWorkflow', {
      taskQueue,
      workflowId: `complaint-${caseNo}`,
      args: [{ caseNo, customerId: `c-${i}`, customerNo: `CU-${String(i).padStart(6, '0')}`, customerTier: 'regular', channel: 'phone', category: 'service', severity: 'normal', description: `Heap complaint ${i}`, registeredBy: 'AG-001' }],
    });
  },
  () => recorded.size,
);

let fired = 0;
const bare = await measure(
  'bare',
  { workflowsPath: path.join(ROOT, 'bench/lib/bare/bare-timer.workflow.js'), bundlerOptions: {}, activities: { fired: async () => (fired += 1) } },
  (taskQueue, i) => client.workflow.start('benchTimer', { taskQueue, workflowId: `bare-${i}`, args: [Date.now() + 3_600_000] }),
  // Its one activation before the deadline ends on the timer: cached (counted by the worker) is asleep.
  () => n,
);
console.log(JSON.stringify({ n, complaint, bare, heapRatio: Math.round((complaint.heapKB / bare.heapKB) * 100) / 100 }));
await connection.close();
await server.stop();
process.exit(0);
