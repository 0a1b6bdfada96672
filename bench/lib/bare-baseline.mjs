// The engine's own limit for timer-driven work on this machine, measured in the same run: N bare
// workflows (bare/bare-timer.workflow.js) in one worker process of their own, started paced like the
// escalation scenario so that their deadlines spread the same way, each firing one local activity.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { say } from '../../scripts/lib/log.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { stopChild } from '../../scripts/lib/temporal-server.mjs';
import { concurrently, paced, percentiles, progressLine, until } from './measure.mjs';
import { cpuMeter } from './cpu-time.mjs';

export async function bareTimerBaseline({ platform, n, windowSeconds, marginSeconds, runId, heapMiB }) {
  say(`Bare baseline: ${n} bare workflows sleeping until deadlines spread over ${windowSeconds} s, ${marginSeconds} s after each start, then one local activity`);
  const queue = `bench-bare-${runId}`;
  return withBareWorker(platform, queue, n + 1000, heapMiB, async (client, worker) => {
    const ids = [];
    const startedScenario = Date.now();
    const cpu = cpuMeter({ ...(platform.processes ?? {}), bare: worker });
    const starts = await paced(
      n,
      (windowSeconds * 1000) / n,
      64,
      async (i) => {
        const workflowId = `bench-bare-${runId}-${i}`;
        await client.workflow.start('benchTimer', { taskQueue: queue, workflowId, args: [Date.now() + marginSeconds * 1000] });
        ids.push(workflowId);
      },
      { progress: progressLine('bare started') },
    );
    // Every workflow is cached and asleep shortly before the first deadline: its memory then.
    const beforeFirstDeadline = startedScenario + (marginSeconds - 5) * 1000 - Date.now();
    if (beforeFirstDeadline > 0) await new Promise((r) => setTimeout(r, beforeFirstDeadline));
    const rssMiB = rssOf(worker.pid);
    const fired = await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM bench_bare_fired WHERE workflow_id = ANY($1)`, [ids]);
        return { done: rows[0].n >= ids.length, n: rows[0].n };
      },
      { timeoutMs: (marginSeconds + windowSeconds + 600) * 1000, intervalMs: 2000, progress: (s) => say(`  bare fired: ${s.n}/${ids.length}`) },
    );
    const cpuMsPerWorkflow = cpu.per(ids.length);
    const { rows } = await platform.db.query(
      `SELECT extract(epoch FROM (fired_at - deadline)) * 1000 AS late_ms, deadline, fired_at FROM bench_bare_fired WHERE workflow_id = ANY($1)`,
      [ids],
    );
    const firings = rows.map((r) => ({ deadline: r.deadline, done: r.fired_at }));
    return {
      n,
      started: ids.length,
      startSeconds: Math.round(starts.seconds * 10) / 10,
      fired: fired.n,
      lost: ids.length - fired.n,
      latenessMs: percentiles(rows.map((r) => Number(r.late_ms))),
      throughputPerSecond: throughput(firings),
      deciles: firingDeciles(firings),
      workerRssMiB: Math.round(rssMiB * 10) / 10,
      workerKbPerCachedWorkflow: Math.round((rssMiB * 1024) / ids.length),
      cpuMsPerWorkflow,
    };
  });
}

/**
 * The engine's limit for "start and set up", beside the bare starts: N bare workflows started through
 * the client at the intake's concurrency, each writing one row from a local activity in its first task
 * (bare/bare-timer.workflow.js `benchSetUp`) and then asleep, served by a bare worker tuned as the
 * platform's. Measured from the first start until every row is written; the intake's counterpart is
 * from its first POST until the worker has set up every case.
 */
export async function bareSetUpBaseline({ platform, n, concurrency, runId, heapMiB }) {
  say(`Baseline: ${n} bare workflows started and set up (one local activity writing a row) by a bare worker, at concurrency ${concurrency}`);
  const queue = `bench-setup-${runId}`;
  return withBareWorker(platform, queue, n + 1000, heapMiB, async (client) => {
    const ids = [];
    const started = Date.now();
    // Asleep for an hour like an open case, gone after ten minutes so that later scenarios do not carry them.
    const starts = await concurrently(n, concurrency, async (i) => {
      const workflowId = `bench-setup-${runId}-${i}`;
      await client.workflow.start('benchSetUp', { taskQueue: queue, workflowId, args: [Date.now() + 3_600_000], workflowExecutionTimeout: '10 minutes' });
      ids.push(workflowId);
    });
    const setUp = await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM bench_bare_fired WHERE workflow_id = ANY($1)`, [ids]);
        return { done: rows[0].n >= ids.length, n: rows[0].n };
      },
      { timeoutMs: 300_000, intervalMs: 250, progress: (s) => say(`  bare set up: ${s.n}/${ids.length}`) },
    );
    const seconds = (Date.now() - started) / 1000;
    return {
      n,
      setUp: setUp.n,
      startsPerSecond: Math.round((starts.latencies.length / starts.seconds) * 10) / 10,
      setUpSeconds: Math.round(seconds * 10) / 10,
      setUpPerSecond: Math.round((setUp.n / seconds) * 10) / 10,
    };
  });
}

/** Runs `measure` with a bare worker polling `queue` and a client for it; the worker is stopped after. */
async function withBareWorker(platform, queue, cache, heapMiB, measure) {
  await platform.db.query(`CREATE TABLE IF NOT EXISTS bench_bare_fired (workflow_id text PRIMARY KEY, deadline timestamptz NOT NULL, fired_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  const worker = await startBareWorker(platform, queue, cache, heapMiB);
  // The bare worker has no payload codec: its workflows are started with the SDK's plain converter.
  const { Client } = await import('@temporalio/client');
  const client = new Client({ connection: platform.client.connection, namespace: platform.config.TEMPORAL_NAMESPACE });
  try {
    return await measure(client, worker);
  } finally {
    await stopChild(worker, 'SIGTERM', 15_000);
  }
}

/** Work done per second from the first deadline to the last completion. */
export function throughput(items) {
  if (items.length === 0) return null;
  const first = Math.min(...items.map((i) => i.deadline.getTime()));
  const last = Math.max(...items.map((i) => i.done.getTime()));
  return Math.round((items.length / Math.max(1, (last - first) / 1000)) * 10) / 10;
}

/**
 * How the firings went over time: the deadlines in ten equal groups, each with its deadline's and its
 * recording's offset from the first deadline (s, medians) and its median lateness (ms). A stall shows as
 * a group recorded long after its deadlines while the next groups catch up.
 */
export function firingDeciles(items) {
  if (items.length === 0) return [];
  const sorted = [...items].sort((a, b) => a.deadline - b.deadline);
  const first = sorted[0].deadline.getTime();
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const size = Math.ceil(sorted.length / 10);
  return Array.from({ length: Math.ceil(sorted.length / size) }, (_, i) => {
    const group = sorted.slice(i * size, (i + 1) * size);
    return {
      deadlineAtS: Math.round(median(group.map((g) => g.deadline.getTime() - first)) / 100) / 10,
      doneAtS: Math.round(median(group.map((g) => g.done.getTime() - first)) / 100) / 10,
      latenessMs: Math.round(median(group.map((g) => g.done.getTime() - g.deadline.getTime()))),
    };
  });
}

/** One line for the log: each decile's median lateness in seconds. */
export function decilesLine(deciles) {
  return deciles.map((d) => `${d.deadlineAtS}s→+${Math.round(d.latenessMs / 100) / 10}s`).join(' ');
}

export function rssOf(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
}

export async function startBareWorker(platform, queue, cache, heapMiB) {
  const log = createWriteStream(path.join(platform.runDir ?? ROOT, 'bare-worker.log'), { flags: 'a' });
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMiB}`, path.join(ROOT, 'bench/lib/bare/bare-worker.mjs')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TEMPORAL_ADDRESS: platform.config.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: platform.config.TEMPORAL_NAMESPACE,
      BARE_TASK_QUEUE: queue,
      BARE_CACHE: String(cache),
      // Tuned as the platform's worker is: the baseline is the engine's limit, not the SDK's defaults.
      BARE_MAX_WORKFLOW_TASKS: String(platform.config.WORKER_MAX_WORKFLOW_TASKS),
      BARE_MAX_WORKFLOW_TASK_POLLS: String(platform.config.WORKER_MAX_WORKFLOW_TASK_POLLS),
      BARE_WORKFLOW_THREADS: String(platform.config.WORKER_WORKFLOW_THREADS),
      BARE_STICKY_QUEUE_TIMEOUT_SECONDS: String(platform.config.WORKER_STICKY_QUEUE_TIMEOUT_SECONDS),
      BARE_WORKFLOW_STACK_TRACES: platform.config.WORKER_WORKFLOW_STACK_TRACES,
      BARE_LEAN_WORKFLOW_THREADS: platform.config.WORKER_LEAN_WORKFLOW_THREADS,
      DATABASE_URL: platform.config.DATABASE_URL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.pipe(log);
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      log.write(chunk);
      out += chunk;
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the bare worker exited with ${code} before polling (log: bare-worker.log)`)));
  });
  return child;
}
