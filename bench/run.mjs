#!/usr/bin/env node
// `npm run bench [-- --quick]`: starts its own platform (or uses a running one with
// `--target <API URL>`), runs the scenarios, prints a table, and writes bench/results/<date>.json/.md.
// Every compared figure is measured in this run, on this machine, and also given as a ratio.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { say } from '../scripts/lib/log.mjs';
import { ROOT } from '../scripts/lib/project.mjs';
import { concurrently, paced, percentiles, progressLine, table, until } from './lib/measure.mjs';
import { attachPlatform } from './lib/attach.mjs';
import { startPlatform } from './lib/platform.mjs';
import { staffForOpenCases } from './lib/bench-staff.mjs';
import { bareSetUpBaseline, bareTimerBaseline, decilesLine, firingDeciles, rssOf, throughput } from './lib/bare-baseline.mjs';
import { selectedEngine } from '../scripts/lib/temporal-engine.mjs';
import { cpuMeter, threadMeter } from './lib/cpu-time.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const target = option('--target');
// `--only intake,burst` runs a subset (while tuning); the table then shows those rows only
// (intake, escalation, burst, bare, small-cache).
const only = option('--only')?.split(',');
const wanted = (name) => !only || only.includes(name);
const PLAN = quick
  ? { intake: { n: 500, concurrency: 16 }, escalation: [1000], burst: 1000, windowSeconds: 60 }
  : { intake: { n: 3000, concurrency: 32 }, escalation: [1000, 10000], burst: 1000, windowSeconds: 60 };
// `--escalation 10000` picks the open-case counts; `--intake N` and `--burst N` the other sizes (a run
// that must fit a loaded machine's time says which it used: they are in the results).
if (option('--escalation')) PLAN.escalation = option('--escalation').split(',').map(Number);
if (option('--intake')) PLAN.intake.n = Number(option('--intake'));
if (option('--burst')) PLAN.burst = Number(option('--burst'));
// A cached complaint costs the worker about 0.45 MiB of heap; a cache that holds every open case of the
// run needs a heap to match (`--worker-cache N`, `--worker-heap MiB`), as a production worker would be sized.
// By default every case the run opens stays cached: the intake, every escalation size and the burst.
const openedByRun = PLAN.intake.n + PLAN.escalation.reduce((a, b) => a + b, 0) + PLAN.burst;
const workerCache = Number(option('--worker-cache') ?? openedByRun + 1000);
const workerHeapMiB = Number(option('--worker-heap') ?? Math.max(2048, Math.ceil(workerCache * 0.75 + 1024)));
const workerEnv = {
  WORKER_MAX_CACHED_WORKFLOWS: String(workerCache),
  NODE_OPTIONS: `--max-old-space-size=${workerHeapMiB}`,
  // `--worker-threads N` overrides WORKER_WORKFLOW_THREADS (comparing settings on one machine).
  ...(option('--worker-threads') ? { WORKER_WORKFLOW_THREADS: option('--worker-threads') } : {}),
  // `--sticky-timeout S` overrides WORKER_STICKY_QUEUE_TIMEOUT_SECONDS (the bare worker follows it).
  ...(option('--sticky-timeout') ? { WORKER_STICKY_QUEUE_TIMEOUT_SECONDS: option('--sticky-timeout') } : {}),
  // `--api-concurrency N` overrides API_MAX_CONCURRENT_REQUESTS (requests of each line handled at once).
  ...(option('--api-concurrency') ? { API_MAX_CONCURRENT_REQUESTS: option('--api-concurrency') } : {}),
  // `--sdk-workflow-threads` runs the workers' workflow threads as the SDK sets them up (WORKER_LEAN_WORKFLOW_THREADS=off).
  ...(args.includes('--sdk-workflow-threads') ? { WORKER_LEAN_WORKFLOW_THREADS: 'off' } : {}),
  // `--log-level info` logs every request with its response time (the bench's default is `warn`: logging costs CPU).
  ...(option('--log-level') ? { LOG_LEVEL: option('--log-level') } : {}),
};
// `--profile <dir>` writes a CPU profile of the worker, API and simulator there when the run ends.
const profileDir = option('--profile');
const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
// `--logs <dir>` keeps the applications' logs there (with `--log-level info`, each request's response time is in the API's).
const logsDir = option('--logs');

// Ratios to the engine's own limits, measured in the same run (issue 20).
const GOALS = { intakeRatio: 0.8, createP99Ratio: 1.25, readCaseP99Ms: 200, escalationThroughputRatio: 0.6, escalationP99Ratio: 1.5, workerKbRatio: 1.1, smallCacheRatio: 0.8 };
// The bare baseline and the small-cache run use the largest escalation size.
const largestEscalation = Math.max(...PLAN.escalation);
// Complaints opened just before the intake whose first-contact deadlines fall while it runs.
const DURING_INTAKE = { n: 300, deadlineSeconds: 15 };
const escalationMarginSeconds = (n) => Math.max(90, Math.ceil(n / 40));
// The machine is shared: its load average is sampled through the run and reported with the figures.
const loadSamples = [];
const loadTicker = setInterval(() => loadSamples.push(os.loadavg()[0]), 10_000);
const runId = new Date().toISOString().replace(/\D/g, '').slice(2, 12);
let caseSeq = 0;
const benchCaseNo = () => `CP-20991231-${runId.slice(-4)}${String((caseSeq += 1)).padStart(5, '0')}`;

const startedAt = Date.now();
const loadAtStart = os.loadavg()[0];
const uptimeAtStart = spawnSync('uptime', { encoding: 'utf8' }).stdout?.trim() || `load average ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`;
const platform = target ? await attachPlatform(target) : await startPlatform({ label: 'bench', engine: selectedEngine(), env: workerEnv, nodeArgs, keepLogsIn: logsDir && path.resolve(logsDir) });
// Interrupted (Ctrl+C, a kill): the bench's own platform goes with it, not left running in the background.
if (!target) for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => {
  say(`${signal}: stopping the bench's platform ...`);
  platform.stop().finally(() => process.exit(130));
});
const results = { plan: PLAN, startedAt: new Date().toISOString(), engine: target ? (process.env.TEMPORAL_ENGINE ?? 'dev') : selectedEngine(), command: `${process.env.TEMPORAL_ENGINE ? `TEMPORAL_ENGINE=${process.env.TEMPORAL_ENGINE} ` : ''}npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`, machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, quick, target: target ?? 'own stack', scenarios: {} };

try {
  const customers = (await platform.db.query(`SELECT id, customer_no FROM customers WHERE tier = 'regular' ORDER BY customer_no`)).rows;
  if (customers.length === 0) throw new Error('no regular customers: the demo data must be loaded');
  await staffForOpenCases(platform.db, openedByRun);
  const api = (method, url, body) =>
    fetch(`${platform.apiUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${platform.token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  if (wanted('intake')) results.scenarios.intake = await intakeScenario(api, customers);
  if (wanted('escalation')) for (const n of PLAN.escalation) results.scenarios[`escalation_${n}`] = await escalationScenario(n, customers);
  if (wanted('burst')) results.scenarios.burst = await burstScenario(PLAN.burst, customers);
  results.scenarios.footprint = await footprint();
  // The baselines after the platform's own figures; one failing leaves the others standing.
  if (wanted('bare')) {
    results.scenarios.bare = await settle(() =>
      bareTimerBaseline({ platform, n: largestEscalation, windowSeconds: PLAN.windowSeconds, marginSeconds: escalationMarginSeconds(largestEscalation), runId, heapMiB: workerHeapMiB }),
    );
    if (results.scenarios.bare.deciles) say(`  bare lateness by tenth of the deadlines: ${decilesLine(results.scenarios.bare.deciles)}`);
  }
  if (wanted('small-cache') && platform.processes.worker) results.scenarios.small_cache = await settle(() => smallCacheScenario(largestEscalation, customers));
} finally {
  clearInterval(loadTicker);
  await platform.stop();
}
results.seconds = Math.round((Date.now() - startedAt) / 1000);
const loads = loadSamples.length > 0 ? loadSamples : [os.loadavg()[0]];
results.load = { uptimeAtStart, atStart: round(loadAtStart, 2), min: round(Math.min(...loads), 2), max: round(Math.max(...loads), 2), mean: round(loads.reduce((a, b) => a + b, 0) / loads.length, 2) };
results.summary = summarize(results);
report(results);

/** A scenario's result, or what went wrong in it (reported, not thrown: the run's other figures stand). */
async function settle(scenario) {
  try {
    return await scenario();
  } catch (error) {
    say(`  failed: ${error.message}`);
    return { error: error.message };
  }
}

/** 1 and 3: complaints through the API, against bare workflow starts; reads under that load. */
async function intakeScenario(api, customers) {
  const { n, concurrency } = PLAN.intake;
  say(`Intake: ${n} complaints through POST /complaints at concurrency ${concurrency}, reads alongside`);
  const before = (await (await api('GET', '/complaints?limit=1')).json()).total;
  const created = [];
  let reading = true;
  const reads = { detail: [], list: [] };
  // Four readers alongside the intake, each alternating a workflow query and a database list.
  const reader = Promise.all(Array.from({ length: 4 }, async () => {
    while (reading) {
      const caseNo = created[Math.floor(Math.random() * created.length)];
      if (caseNo) {
        let t = performance.now();
        const detail = await api('GET', `/complaints/${caseNo}`);
        if (detail.ok) reads.detail.push(performance.now() - t);
        t = performance.now();
        const list = await api('GET', '/complaints?limit=20');
        if (list.ok) reads.list.push(performance.now() - t);
      } else await new Promise((r) => setTimeout(r, 50));
    }
  }));
  // Deadlines that fall while the intake runs: a burst of staff requests must not leave escalations behind.
  const deadlines = await deadlinesDuringIntake(customers);
  const intakeCpu = cpuMeter(platform.processes ?? {});
  const intake = await concurrently(
    n,
    concurrency,
    async (i) => {
      const response = await api('POST', '/complaints', {
        customerNo: customers[i % customers.length].customer_no,
        channel: 'phone',
        category: 'service',
        severity: 'normal',
        description: `Benchmark complaint ${i}: delivery arrived a day late`,
      });
      if (response.status !== 201) throw new Error(`POST /complaints answered ${response.status}: ${await response.text()}`);
      created.push((await response.json()).caseNo);
    },
    { progress: progressLine('created') },
  );
  const intakeEndedAt = Date.now();
  const intakeCpuMs = intakeCpu.per(created.length);
  const visible = await until(
    async () => {
      const total = (await (await api('GET', '/complaints?limit=1')).json()).total;
      return { done: total >= before + created.length, total };
    },
    { timeoutMs: 120_000, intervalMs: 250 },
  );
  reading = false;
  await reader;
  // The baseline on a quiet engine: a worker still setting up the intake's cases would slow the bare
  // starts and flatter the ratio. How long it lagged behind the last POST is a figure of its own.
  const setUp = await until(
    async () => {
      const { rows } = await platform.db.query(`SELECT count(*)::int AS waiting FROM case_records WHERE case_no = ANY($1) AND status = 'registered'`, [created]);
      return { done: rows[0].waiting === 0, waiting: rows[0].waiting };
    },
    { timeoutMs: 300_000, intervalMs: 250, progress: (s) => say(`  still being set up by the worker: ${s.waiting}`) },
  );
  const setUpAfterIntakeSeconds = round((Date.now() - intakeEndedAt) / 1000);
  const escalationsDuringIntake = await deadlines.lateness(intakeEndedAt);

  say(`Baseline: ${n} bare workflow starts through @temporalio/client at concurrency ${concurrency}`);
  const queue = `bench-baseline-${runId}`;
  const baselineCpu = cpuMeter({});
  const baseline = await concurrently(n, concurrency, (i) =>
    platform.client.workflow.start('benchNoop', { taskQueue: queue, workflowId: `bench-noop-${runId}-${i}`, args: [], workflowExecutionTimeout: '1 minute' }),
  );
  const baselineCpuMs = baselineCpu.per(baseline.latencies.length);
  // A second baseline, "start and set up": the bare starts above do no work in a worker, a case's does.
  const setUpBaseline = await bareSetUpBaseline({ platform, n, concurrency, runId, heapMiB: workerHeapMiB });
  const intakeRate = intake.latencies.length / intake.seconds;
  const baselineRate = baseline.latencies.length / baseline.seconds;
  const setUpRate = intake.latencies.length / (intake.seconds + setUpAfterIntakeSeconds);
  return {
    n,
    concurrency,
    created: intake.latencies.length,
    failures: intake.failures.slice(0, 5),
    failureCount: intake.failures.length,
    allVisible: !visible.timedOut,
    seconds: round(intake.seconds),
    // Rows are written in the intake transaction: visible when the POST answers.
    visibleAfterSeconds: round(intake.seconds),
    // Every case assigned (or queued for a supervisor) by the worker, after the last POST answered.
    allSetUp: !setUp.timedOut,
    setUpAfterIntakeSeconds,
    perSecond: round(intakeRate),
    latencyMs: percentiles(intake.latencies),
    // CPU ms per POST (machine: every process, reads alongside included; api, worker, dept-sim: their own).
    cpuMsPerCase: intakeCpuMs,
    baseline: { perSecond: round(baselineRate), seconds: round(baseline.seconds), latencyMs: percentiles(baseline.latencies), failureCount: baseline.failures.length, cpuMsPerStart: baselineCpuMs },
    ratioToBaseline: round(intakeRate / baselineRate, 3),
    // From the first POST until the worker had set up every case, against bare workflows set up likewise.
    setUpPerSecond: round(setUpRate),
    setUpBaseline,
    ratioToSetUpBaseline: round(setUpRate / setUpBaseline.setUpPerSecond, 3),
    reads: { detailMs: percentiles(reads.detail), listMs: percentiles(reads.list) },
    escalationsDuringIntake,
  };
}

/**
 * Opens DURING_INTAKE.n complaints just before the intake, started directly as the burst's are, whose
 * first-contact deadlines fall DURING_INTAKE.deadlineSeconds later, while POSTs are still arriving.
 * `lateness(intakeEndedAt)` waits for their escalations and says how late they were recorded.
 */
async function deadlinesDuringIntake(customers) {
  const { n, deadlineSeconds } = DURING_INTAKE;
  await setPolicy('bench-during-intake', 'other', 'normal', deadlineSeconds);
  const { cases } = await startComplaintsDirectly(n, customers, 'Benchmark: a deadline during the intake');
  return {
    async lateness(intakeEndedAt) {
      const done = await firstContactBreaches(cases, { timeoutMs: 300_000 });
      const { rows } = await platform.db.query(
        `SELECT extract(epoch FROM (recorded_at - deadline)) * 1000 AS late_ms, deadline < $2 AS during FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`,
        [cases, new Date(intakeEndedAt)],
      );
      const during = rows.filter((r) => r.during).map((r) => Number(r.late_ms));
      return { n: cases.length, deadlinesDuringIntake: during.length, latenessMs: percentiles(during), lost: cases.length - done.cases, doubled: done.n - done.cases };
    },
  };
}

/** 2: N open complaints whose first-contact deadlines are spread evenly over a 60-second window. */
async function escalationScenario(n, customers) {
  // Starts are paced over the window; the deadlines fall a margin later, once the start work is done.
  const marginSeconds = escalationMarginSeconds(n);
  const severity = n >= 5000 ? 'high' : 'low';
  await setPolicy(`bench-esc-${n}`, 'other', severity, marginSeconds);
  say(`Escalation: ${n} complaints, deadlines spread over ${PLAN.windowSeconds} s, ${marginSeconds} s after each start`);
  const cases = [];
  const startedScenario = Date.now();
  // From the first start to the last escalation: what one case costs each process, and whether
  // something outside the run took the machine meanwhile (`other`, `stolen`).
  const cpu = cpuMeter(platform.processes ?? {});
  const workerThreads = platform.processes?.worker ? threadMeter(platform.processes.worker.pid) : undefined;
  const starts = await paced(
    n,
    (PLAN.windowSeconds * 1000) / n,
    64,
    async (i) => {
      const caseNo = benchCaseNo();
      const customer = customers[i % customers.length];
      await platform.client.workflow.start('complaintWorkflow', {
        taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
        workflowId: `complaint-${caseNo}`,
        args: [{ caseNo, customerId: customer.id, customerNo: customer.customer_no, customerTier: 'regular', channel: 'phone', category: 'other', severity, description: 'Benchmark: first contact overdue', registeredBy: 'bench' }],
      });
      cases.push(caseNo);
    },
    { progress: progressLine('started') },
  );
  // The deadlines only mean something if every case is open (registered, assigned, its timer set) before the first.
  const settled = await until(
    async () => {
      const { rows } = await platform.db.query(`SELECT count(*)::int AS open FROM case_records WHERE case_no = ANY($1) AND status = 'assigned'`, [cases]);
      return { done: rows[0].open >= cases.length, open: rows[0].open };
    },
    { timeoutMs: (marginSeconds + PLAN.windowSeconds) * 1000, intervalMs: 2000 },
  );
  const settledAfterStartSeconds = round((Date.now() - startedScenario) / 1000);
  say(`  ${settled.open}/${cases.length} cases open ${settledAfterStartSeconds} s after the first start; first deadline at ${marginSeconds} s`);
  const breaches = await until(
    async () => {
      const { rows } = await platform.db.query(`SELECT count(*)::int AS n, count(DISTINCT case_no)::int AS cases FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`, [cases]);
      return { done: rows[0].cases >= cases.length, ...rows[0] };
    },
    { timeoutMs: (marginSeconds + PLAN.windowSeconds + 300) * 1000, intervalMs: 2000, progress: (s) => say(`  escalations recorded: ${s.cases}/${cases.length}`) },
  );
  const cpuMsPerCase = cpu.per(cases.length);
  const workerThreadsMsPerCase = workerThreads?.per(cases.length);
  const { rows } = await platform.db.query(
    `SELECT extract(epoch FROM (recorded_at - deadline)) * 1000 AS late_ms, deadline, recorded_at FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`,
    [cases],
  );
  const deadlines = rows.map((r) => r.deadline.getTime());
  const firings = rows.map((r) => ({ deadline: r.deadline, done: r.recorded_at }));
  const deciles = firingDeciles(firings);
  say(`  lateness by tenth of the deadlines (deadline → median lateness): ${decilesLine(deciles)}`);
  return {
    n,
    started: cases.length,
    startSeconds: round(starts.seconds),
    startLagMs: starts.startLag,
    deadlineSpreadSeconds: round((Math.max(...deadlines) - Math.min(...deadlines)) / 1000),
    allOpenAfterSeconds: settledAfterStartSeconds,
    allOpenBeforeFirstDeadline: !settled.timedOut && settledAfterStartSeconds < marginSeconds,
    recorded: breaches.cases,
    lost: cases.length - breaches.cases,
    doubled: breaches.n - breaches.cases,
    latenessMs: percentiles(rows.map((r) => Number(r.late_ms))),
    throughputPerSecond: throughput(firings),
    deciles,
    cpuMsPerCase,
    workerThreadsMsPerCase,
  };
}

/**
 * 2c: the largest escalation again with the worker's cache at a tenth of the open cases, so that most
 * firings replay their case's history: memory need not grow with the number of open cases.
 */
async function smallCacheScenario(n, customers) {
  const { rows } = await platform.db.query(`SELECT count(*)::int AS open FROM case_records WHERE kind = 'complaint' AND status NOT IN ('closed', 'cancelled')`);
  const cache = Math.ceil((rows[0].open + n) / 10);
  say(`Small cache: the worker restarted with a cache of ${cache} workflows for ${rows[0].open + n} open cases`);
  await platform.restartApp('worker', { WORKER_MAX_CACHED_WORKFLOWS: String(cache) });
  return { ...(await escalationScenario(n, customers)), workerCacheSize: cache, openCases: rows[0].open + n };
}

/** 2b: a thousand deadlines at (nearly) the same moment: how long until the last escalation is recorded. */
async function burstScenario(n, customers) {
  const marginSeconds = 60;
  await setPolicy('bench-burst', 'other', 'normal', marginSeconds);
  say(`Burst: ${n} complaints started at once, their first-contact deadlines ${marginSeconds} s later`);
  const { cases, starts } = await startComplaintsDirectly(n, customers, 'Benchmark: burst of deadlines');
  const done = await firstContactBreaches(cases, { timeoutMs: (marginSeconds + 300) * 1000, progress: (s) => say(`  escalations recorded: ${s.cases}/${cases.length}`) });
  const { rows } = await platform.db.query(
    `SELECT min(deadline) AS first, max(deadline) AS last, max(recorded_at) AS recorded, percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM (recorded_at - deadline)) * 1000) AS p99
       FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`,
    [cases],
  );
  const r = rows[0];
  return {
    n,
    startSeconds: round(starts.seconds),
    deadlineSpreadSeconds: round((r.last - r.first) / 1000),
    lastRecordedAfterLastDeadlineSeconds: round((r.recorded - r.last) / 1000),
    lastRecordedAfterFirstDeadlineSeconds: round((r.recorded - r.first) / 1000),
    latenessP99Ms: round(Number(r.p99)),
    lost: cases.length - done.cases,
    doubled: done.n - done.cases,
  };
}

/** Starts n complaint workflows through the client at once (category other/normal, regular customers), as a burst arrives. */
async function startComplaintsDirectly(n, customers, description) {
  const cases = [];
  const starts = await concurrently(n, 64, async (i) => {
    const caseNo = benchCaseNo();
    const customer = customers[i % customers.length];
    await platform.client.workflow.start('complaintWorkflow', {
      taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
      workflowId: `complaint-${caseNo}`,
      args: [{ caseNo, customerId: customer.id, customerNo: customer.customer_no, customerTier: 'regular', channel: 'phone', category: 'other', severity: 'normal', description, registeredBy: 'bench' }],
    });
    cases.push(caseNo);
  });
  return { cases, starts };
}

/** Waits until every case has its first-contact breach recorded: { cases, n } (n > cases: doubled). */
function firstContactBreaches(cases, { timeoutMs, progress }) {
  return until(
    async () => {
      const { rows } = await platform.db.query(`SELECT count(DISTINCT case_no)::int AS cases, count(*)::int AS n FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`, [cases]);
      return { done: rows[0].cases >= cases.length, ...rows[0] };
    },
    { timeoutMs, intervalMs: 500, progress },
  );
}

/** 4: the worker's resident memory and the history size per case with the cases now open. */
async function footprint() {
  const { rows } = await platform.db.query(`SELECT count(*)::int AS open FROM case_records WHERE kind = 'complaint' AND status NOT IN ('closed', 'cancelled')`);
  const worker = platform.processes.worker;
  const rssMiB = worker ? rssOf(worker.pid) : null;
  const sample = (await platform.db.query(`SELECT workflow_id FROM case_records WHERE kind = 'complaint' AND case_no LIKE 'CP-20991231-%' ORDER BY random() LIMIT 20`)).rows;
  const events = [];
  const bytes = [];
  for (const { workflow_id } of sample) {
    const history = await platform.client.workflow.getHandle(workflow_id).fetchHistory();
    events.push(history.events.length);
    bytes.push(JSON.stringify(history).length);
  }
  return { openCases: rows[0].open, workerRssMiB: rssMiB === null ? null : round(rssMiB), workerKbPerCachedCase: rssMiB === null ? null : Math.round((rssMiB * 1024) / rows[0].open), historyEvents: percentiles(events), historyBytes: percentiles(bytes), workerCacheSize: platform.config.WORKER_MAX_CACHED_WORKFLOWS, workerHeapLimitMiB: workerHeapMiB };
}

async function setPolicy(code, category, severity, firstContactSeconds) {
  await platform.db.query(`DELETE FROM sla_policies WHERE category = $1 AND severity = $2 AND customer_tier = 'regular' AND code LIKE 'bench-%'`, [category, severity]);
  await platform.db.query(
    `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
     VALUES ($1, $2, $3, 'regular', '24x7', $4, 864000, 864000, '{}')`,
    [code, category, severity, firstContactSeconds],
  );
}

/** `machine 90: API 15.9, worker 19.9, …`: where one unit of work's CPU went. */
function cpuLine(cpu) {
  const names = { api: 'API', worker: 'worker', 'worker-2': 'second worker', 'dept-sim': 'simulator', bare: 'bare worker', temporal: 'Temporal', postgres: 'PostgreSQL', bench: 'bench', other: 'other processes', stolen: 'stolen by the hypervisor' };
  const parts = Object.entries(names).filter(([key]) => cpu[key] !== undefined).map(([key, label]) => `${label} ${cpu[key]}`);
  return `machine ${cpu.machine}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function round(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The report's row for the escalations whose deadlines fell during the intake. */
function duringIntakeRow({ latenessMs: l, deadlinesDuringIntake, n, lost, doubled }) {
  return [
    'Escalations whose deadline fell during the intake',
    deadlinesDuringIntake ? `p50 ${l.p50} / p99 ${l.p99} / max ${l.max} ms` : `— (the intake was over before ${DURING_INTAKE.deadlineSeconds} s)`,
    `${deadlinesDuringIntake} of ${n} deadlines fell before the last POST; lost ${lost}, doubled ${doubled}`,
    '',
    '',
  ];
}

/** The flat figures compared across runs and engines (issue 20): ratios to the engine's own limits. */
function summarize(r) {
  const s = completed(r);
  const esc = (n) => s[`escalation_${n}`];
  const largest = esc(largestEscalation);
  const ratio = (a, b, digits = 2) => (a === null || a === undefined || !b ? null : round(a / b, digits));
  return {
    engine: r.engine,
    cores: r.machine.cores,
    load_average_1m_at_start: r.load.atStart,
    load_average_1m_max: r.load.max,
    intake_ratio: s.intake ? s.intake.ratioToBaseline : null,
    intake_set_up_ratio: s.intake?.ratioToSetUpBaseline ?? null,
    intake_cpu_ms_per_case: s.intake?.cpuMsPerCase?.machine ?? null,
    intake_api_cpu_ms_per_case: s.intake?.cpuMsPerCase?.api ?? null,
    bare_start_cpu_ms: s.intake?.baseline.cpuMsPerStart?.machine ?? null,
    create_p99_ms: s.intake?.latencyMs.p99 ?? null,
    create_p99_ratio: s.intake ? ratio(s.intake.latencyMs.p99, s.intake.baseline.latencyMs.p99) : null,
    read_case_p99_ms_under_load: s.intake?.reads.detailMs.p99 ?? null,
    read_case_reads_under_load: s.intake?.reads.detailMs.n ?? null,
    escalation_during_intake_p99_ms: s.intake?.escalationsDuringIntake?.latenessMs.p99 ?? null,
    escalation_during_intake_n: s.intake?.escalationsDuringIntake?.deadlinesDuringIntake ?? null,
    escalation_1k_p99_ms: esc(1000)?.latenessMs.p99 ?? null,
    escalation_10k_p99_ms: esc(10000)?.latenessMs.p99 ?? null,
    escalation_largest_n: largest ? largestEscalation : null,
    escalation_throughput_per_s: largest?.throughputPerSecond ?? null,
    bare_throughput_per_s: s.bare?.throughputPerSecond ?? null,
    bare_p99_ms: s.bare?.latenessMs.p99 ?? null,
    escalation_throughput_ratio: ratio(largest?.throughputPerSecond, s.bare?.throughputPerSecond),
    // Named for the full run's 10,000 cases; a run with other sizes compares its largest.
    escalation_10k_p99_ratio: ratio(largest?.latenessMs.p99, s.bare?.latenessMs.p99),
    // Where the largest escalation's time went, against the bare workflows' (ms of one core per case);
    // `foreign` is what neither the run's processes nor the machine's idle had: a noisy neighbour.
    escalation_10k_cpu_ms_per_case: largest?.cpuMsPerCase?.machine ?? null,
    bare_cpu_ms_per_workflow: s.bare?.cpuMsPerWorkflow?.machine ?? null,
    escalation_10k_foreign_cpu_ms_per_case: largest?.cpuMsPerCase ? round(largest.cpuMsPerCase.other + largest.cpuMsPerCase.stolen, 2) : null,
    // The worker's share that sits in the SDK's native threads, which a JavaScript profile cannot see.
    escalation_10k_worker_sdk_core_ms_per_case: largest?.workerThreadsMsPerCase?.['sdk-core'] ?? null,
    worker_kb_per_cached_case: s.footprint?.workerKbPerCachedCase ?? null,
    bare_kb_per_cached_workflow: s.bare?.workerKbPerCachedWorkflow ?? null,
    worker_kb_ratio: ratio(s.footprint?.workerKbPerCachedCase, s.bare?.workerKbPerCachedWorkflow),
    small_cache_throughput_ratio: ratio(s.small_cache?.throughputPerSecond, largest?.throughputPerSecond),
  };
}

/** The scenarios that ran to the end (a failed one is listed under the table). */
function completed(r) {
  return Object.fromEntries(Object.entries(r.scenarios).filter(([, v]) => !v?.error));
}

function report(r) {
  const s = completed(r);
  const failed = Object.entries(r.scenarios).filter(([, v]) => v?.error);
  const sum = r.summary;
  const rows = [];
  if (s.intake) rows.push(
    ['Intake through the API', `${s.intake.perSecond}/s (${s.intake.created}/${s.intake.n})`, `bare starts ${s.intake.baseline.perSecond}/s, once the worker had set up every case (${s.intake.setUpAfterIntakeSeconds ?? '—'} s after the last POST)`, `${s.intake.ratioToBaseline}`, `≥ ${GOALS.intakeRatio}`],
    ...(s.intake.setUpBaseline
      ? [['Intake until every case is set up', `${s.intake.setUpPerSecond}/s`, `bare workflows started and set up by a bare worker (one local activity writing a row): ${s.intake.setUpBaseline.setUpPerSecond}/s`, `${s.intake.ratioToSetUpBaseline}`, '']]
      : []),
    ...(s.intake.cpuMsPerCase ? [['CPU per intake, readers alongside included (ms of one core)', cpuLine(s.intake.cpuMsPerCase), `bare start: ${cpuLine(s.intake.baseline.cpuMsPerStart)}`, '', '']] : []),
    ['Create latency p50 / p95 / p99', `${s.intake.latencyMs.p50} / ${s.intake.latencyMs.p95} / ${s.intake.latencyMs.p99} ms`, `bare start ${s.intake.baseline.latencyMs.p50} / ${s.intake.baseline.latencyMs.p95} / ${s.intake.baseline.latencyMs.p99} ms`, sum.create_p99_ratio, `≤ ${GOALS.createP99Ratio}`],
    ['GET /complaints/:caseNo under load (read model)', `p50 ${s.intake.reads.detailMs.p50} / p99 ${s.intake.reads.detailMs.p99} ms`, `n=${s.intake.reads.detailMs.n}`, '', `p99 ≤ ${GOALS.readCaseP99Ms} ms`],
    ['GET /complaints under load (database)', `p50 ${s.intake.reads.listMs.p50} / p99 ${s.intake.reads.listMs.p99} ms`, `n=${s.intake.reads.listMs.n}`, '', ''],
    ...(s.intake.escalationsDuringIntake ? [duringIntakeRow(s.intake.escalationsDuringIntake)] : []),
  );
  for (const [key, e] of Object.entries(s).filter(([k]) => k.startsWith('escalation_'))) {
    const largest = key === `escalation_${largestEscalation}`;
    rows.push([
      `Escalation lateness, ${e.n} open (deadlines over ${e.deadlineSpreadSeconds} s)`,
      `p50 ${e.latenessMs.p50} / p95 ${e.latenessMs.p95} / p99 ${e.latenessMs.p99} / max ${e.latenessMs.max} ms; ${e.throughputPerSecond}/s`,
      `lost ${e.lost}, doubled ${e.doubled}; all open ${e.allOpenAfterSeconds} s after the first start${e.allOpenBeforeFirstDeadline ? '' : ' (after the first deadline!)'}${largest && s.bare ? `; bare p99 ${s.bare.latenessMs.p99} ms, ${s.bare.throughputPerSecond}/s` : ''}`,
      largest && s.bare ? `p99 ${sum.escalation_10k_p99_ratio}, throughput ${sum.escalation_throughput_ratio}` : '',
      largest && s.bare ? `p99 ≤ ${GOALS.escalationP99Ratio}, throughput ≥ ${GOALS.escalationThroughputRatio}` : '',
    ]);
  }
  const largestEsc = s[`escalation_${largestEscalation}`];
  if (largestEsc?.cpuMsPerCase) rows.push([
    `CPU per escalated case, ${largestEsc.n} open, start to escalation (ms of one core)`,
    `${cpuLine(largestEsc.cpuMsPerCase)}${largestEsc.workerThreadsMsPerCase ? `; worker by thread: main ${largestEsc.workerThreadsMsPerCase.main}, SDK core ${largestEsc.workerThreadsMsPerCase['sdk-core']}, other ${largestEsc.workerThreadsMsPerCase.other}` : ''}`,
    s.bare?.cpuMsPerWorkflow ? `bare workflow: ${cpuLine(s.bare.cpuMsPerWorkflow)}` : '',
    s.bare?.cpuMsPerWorkflow ? round(largestEsc.cpuMsPerCase.machine / s.bare.cpuMsPerWorkflow.machine, 2) : '',
    '',
  ]);
  if (s.bare) rows.push([
    `Bare baseline: ${s.bare.n} timer workflows + one local activity`,
    `p50 ${s.bare.latenessMs.p50} / p95 ${s.bare.latenessMs.p95} / p99 ${s.bare.latenessMs.p99} / max ${s.bare.latenessMs.max} ms; ${s.bare.throughputPerSecond}/s`,
    `lost ${s.bare.lost}; worker RSS ${s.bare.workerRssMiB} MiB (${s.bare.workerKbPerCachedWorkflow} KB per cached workflow)`,
    '',
    '',
  ]);
  if (s.burst) rows.push([
    `Burst: ${s.burst.n} deadlines within ${s.burst.deadlineSpreadSeconds} s`,
    `last recorded ${s.burst.lastRecordedAfterLastDeadlineSeconds} s after the last deadline (p99 lateness ${s.burst.latenessP99Ms} ms)`,
    `lost ${s.burst.lost}, doubled ${s.burst.doubled}`,
    '',
    '',
  ]);
  rows.push([
    `Worker with ${s.footprint.openCases} open cases`,
    `RSS ${s.footprint.workerRssMiB ?? 'n/a'} MiB, ${s.footprint.workerKbPerCachedCase ?? 'n/a'} KB per cached case (cache ${s.footprint.workerCacheSize} workflows, heap limit ${s.footprint.workerHeapLimitMiB} MiB)`,
    `history ${s.footprint.historyEvents.p50} events / ${s.footprint.historyBytes.p50} bytes per case (p50)${s.bare ? `; bare ${s.bare.workerKbPerCachedWorkflow} KB` : ''}`,
    sum.worker_kb_ratio ?? '',
    `≤ ${GOALS.workerKbRatio}`,
  ]);
  if (s.small_cache) rows.push([
    `Small cache: ${s.small_cache.n} escalations, cache ${s.small_cache.workerCacheSize} for ${s.small_cache.openCases} open cases`,
    `p50 ${s.small_cache.latenessMs.p50} / p99 ${s.small_cache.latenessMs.p99} ms; ${s.small_cache.throughputPerSecond}/s`,
    `full cache ${s[`escalation_${largestEscalation}`]?.throughputPerSecond ?? 'n/a'}/s; lost ${s.small_cache.lost}, doubled ${s.small_cache.doubled}`,
    sum.small_cache_throughput_ratio ?? '',
    `≥ ${GOALS.smallCacheRatio}`,
  ]);
  const md = [
    `# Benchmark ${r.startedAt}${r.quick ? ' (quick)' : ''}, ${r.engine} engine`,
    '',
    `Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; platform: ${r.target}; run took ${r.seconds} s.`,
    `Load average (shared machine): \`${r.load.uptimeAtStart}\` at the start; 1-minute load ${r.load.min}–${r.load.max} (mean ${r.load.mean}) during the run.`,
    `Command: \`${r.command}\``,
    '',
    table(['Scenario', 'Measured', 'Compared with (same run)', 'Ratio', 'Goal'], rows),
    '',
    ...failed.map(([name, v]) => `Scenario ${name} failed: ${v.error}\n`),
    '## Summary',
    '',
    table(['Figure', 'Value'], Object.entries(sum).map(([k, v]) => [k, v])),
    '',
  ].join('\n');
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = `${r.startedAt.replace(/:/g, '-').slice(0, 19)}-${r.engine}${r.quick ? '-quick' : ''}`;
  writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(r, null, 2));
  writeFileSync(path.join(dir, `${stamp}.md`), md);
  process.stdout.write(`\n${md}\n`);
  say(`Results in bench/results/${stamp}.{json,md}`);
}
