#!/usr/bin/env node
// What one cached open complaint costs the worker against one cached bare workflow, in one platform:
// the worker's RSS grows by how much when N more complaints (through POST /complaints) are set up and
// asleep in its cache, with the workflow modules shared (the bundle as built) and per workflow (the same
// bundle without `preloadModules`), and the bare worker's RSS for N sleeping bare workflows.
// `node bench/lib/cached-footprint.mjs [N]` (default 2000); small on purpose: a shared machine.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { say } from '../../scripts/lib/log.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { stopChild } from '../../scripts/lib/temporal-server.mjs';
import { rssOf, startBareWorker } from './bare-baseline.mjs';
import { concurrently, until } from './measure.mjs';
import { startPlatform } from './platform.mjs';

const n = Number(process.argv[2] ?? 2000);
const settle = () => new Promise((r) => setTimeout(r, 10_000));
const platform = await startPlatform({ label: 'footprint', env: { WORKER_MAX_CACHED_WORKFLOWS: String(3 * n + 1000), NODE_OPTIONS: '--max-old-space-size=4096' } });
const results = { n };
try {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { bundleWorkflowCode } = require('@temporalio/worker');
  const { workflowBundleOptions } = require(path.join(ROOT, 'dist/libs/temporal/src/workflow-bundle.js'));
  const unshared = path.join(platform.runDir, 'workflow-bundle-unshared.js');
  const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
  writeFileSync(unshared, (await bundleWorkflowCode({ ...workflowBundleOptions(), preloadModules: [], logger: quiet })).code);

  const customers = (await platform.db.query(`SELECT customer_no FROM customers WHERE tier = 'regular' ORDER BY customer_no`)).rows;
  const api = (body) =>
    fetch(`${platform.apiUrl}/complaints`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.token}` }, body: JSON.stringify(body) });
  for (const [variant, bundle] of [['shared', platform.env.WORKFLOW_BUNDLE_PATH], ['per-workflow', unshared]]) {
    await platform.restartApp('worker', { WORKFLOW_BUNDLE_PATH: bundle });
    await settle();
    const before = rssOf(platform.processes.worker.pid);
    const created = [];
    const intake = await concurrently(n, 16, async (i) => {
      const response = await api({ customerNo: customers[i % customers.length].customer_no, channel: 'phone', category: 'service', severity: 'normal', description: `Footprint complaint ${i}` });
      if (response.status !== 201) throw new Error(`POST /complaints answered ${response.status}: ${await response.text()}`);
      created.push((await response.json()).caseNo);
    });
    if (intake.failures.length > 0) throw new Error(`${intake.failures.length} complaints failed: ${intake.failures[0]}`);
    // Set up (policy, owner or the supervisor queue, recorded as version 2) and asleep until a deadline or news.
    await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = ANY($1) AND state_version >= 2`, [created]);
        return { done: rows[0].n >= created.length, n: rows[0].n };
      },
      { timeoutMs: 600_000, intervalMs: 2000, progress: (s) => say(`  ${variant}: ${s.n}/${created.length} set up`) },
    );
    await settle();
    const after = rssOf(platform.processes.worker.pid);
    results[variant] = { rssBeforeMiB: Math.round(before), rssAfterMiB: Math.round(after), kbPerCachedCase: Math.round(((after - before) * 1024) / n) };
    say(`${variant}: ${JSON.stringify(results[variant])}`);
  }

  const queue = `footprint-bare-${Date.now()}`;
  const bare = await startBareWorker(platform, queue, 3 * n + 1000, 4096);
  try {
    const { Client } = await import('@temporalio/client');
    const client = new Client({ connection: platform.client.connection, namespace: platform.config.TEMPORAL_NAMESPACE });
    await settle();
    const before = rssOf(bare.pid);
    const ids = [];
    await concurrently(n, 16, async (i) => {
      const workflowId = `${queue}-${i}`;
      await client.workflow.start('benchTimer', { taskQueue: queue, workflowId, args: [Date.now() + 3_600_000] });
      ids.push(workflowId);
    });
    // Asleep on its timer: the last ones started have a TimerStarted event.
    await until(
      async () => {
        const last = await Promise.all(ids.slice(-20).map(async (id) => (await client.workflow.getHandle(id).fetchHistory()).events.some((e) => e.timerStartedEventAttributes)));
        return { done: last.every(Boolean) };
      },
      { timeoutMs: 300_000, intervalMs: 2000 },
    );
    await settle();
    const after = rssOf(bare.pid);
    results.bare = { rssBeforeMiB: Math.round(before), rssAfterMiB: Math.round(after), kbPerCachedWorkflow: Math.round(((after - before) * 1024) / n) };
    say(`bare: ${JSON.stringify(results.bare)}`);
  } finally {
    await stopChild(bare, 'SIGTERM', 15_000);
  }
  console.log(JSON.stringify(results));
} finally {
  await platform.stop();
}
