#!/usr/bin/env node
// `npm run drills`: fault drills against a platform of its own. Each prints PASS or FAIL with its counts;
// the exit code is 0 only when every drill passes. `--only finance,temporal,postgres,burst,hostile` runs a subset.
// `--engine cluster` runs the cluster drills (history, frontend, finance, postgres) on the Temporal server
// on PostgreSQL, as separate processes.
import { say, fail } from '../scripts/lib/log.mjs';
import { startPlatform } from './lib/platform.mjs';
import { staffForOpenCases } from './lib/bench-staff.mjs';
import { until } from './lib/measure.mjs';
import { hostileRequests } from './lib/hostile-requests.mjs';
import { clusterDrills } from './lib/cluster-drills.mjs';
import { selectedEngine } from '../scripts/lib/temporal-engine.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const wanted = (name) => !only || only.includes(name);
const runId = new Date().toISOString().replace(/\D/g, '').slice(6, 12);
let seq = 0;
const number = (prefix) => `${prefix}-20991230-${runId}${String((seq += 1)).padStart(4, '0')}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const engine = selectedEngine();
const platform = await startPlatform({ label: 'drills', engine, workers: engine === 'cluster' ? 2 : 1, env: JSON.parse(process.env.DRILL_ENV ?? '{}') });
const outcomes = [];
try {
  // The drills open a few thousand cases between them; each must find an owner to be set up.
  await staffForOpenCases(platform.db, 5000);
  const customers = (await platform.db.query(`SELECT id, customer_no FROM customers WHERE tier = 'regular' ORDER BY customer_no`)).rows;
  const sim = (method, url, body) => fetch(`${platform.simUrl}${url}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const api = (method, url, body, headers = {}) =>
    fetch(`${platform.apiUrl}${url}`, { method, headers: { authorization: `Bearer ${platform.token}`, 'content-type': 'application/json', ...headers }, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
  const startComplaint = (category, severity, i) => {
    const caseNo = number('CP');
    const customer = customers[i % customers.length];
    return platform.client.workflow
      .start('complaintWorkflow', {
        taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
        workflowId: `complaint-${caseNo}`,
        args: [{ caseNo, customerId: customer.id, customerNo: customer.customer_no, customerTier: 'regular', channel: 'phone', category, severity, description: 'Drill', registeredBy: 'drill' }],
      })
      .then(() => caseNo);
  };
  const policy = async (code, category, severity, firstContactSeconds) =>
    platform.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ($1, $2, $3, 'regular', '24x7', $4, 864000, 864000, '{}')`,
      [code, category, severity, firstContactSeconds],
    );

  if (engine === 'cluster') {
    for (const drill of clusterDrills(platform, { number, wanted })) outcomes.push(await drill());
  } else {
    if (wanted('finance')) outcomes.push(await financeDrill());
    if (wanted('temporal')) outcomes.push(await temporalDrill());
    if (wanted('postgres')) outcomes.push(await postgresDrill());
    if (wanted('burst')) outcomes.push(await burstDrill());
    if (wanted('hostile')) outcomes.push(await hostileDrill());
  }

  /** 500 concurrent POST /complaints at the default settings: 500 cases, no 5xx; other users keep being served. */
  async function burstDrill() {
    const n = 500;
    say(`Drill: ${n} concurrent POST /complaints`);
    const started = Date.now();
    const bystander = { statuses: {}, stop: false };
    // Another user's reads during the burst.
    const reads = (async () => {
      while (!bystander.stop) {
        const status = await api('GET', '/complaints?limit=5').then((r) => r.status, (e) => `network: ${e.message}`);
        bystander.statuses[status] = (bystander.statuses[status] ?? 0) + 1;
        await sleep(100);
      }
    })();
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        api('POST', '/complaints', { customerNo: customers[i % customers.length].customer_no, channel: 'phone', category: 'service', severity: 'normal', description: `Burst ${i}` }, { 'idempotency-key': `burst-${runId}-${i}` })
          .then(async (r) => ({ status: r.status, caseNo: r.status === 201 ? (await r.json()).caseNo : undefined, retryAfter: r.headers.get('retry-after') }))
          .catch((e) => ({ status: `network: ${e.message}` })),
      ),
    );
    const answeredMs = Date.now() - started;
    bystander.stop = true;
    await reads;
    const statuses = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const caseNos = [...new Set(answers.map((a) => a.caseNo).filter(Boolean))];
    const stored = await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = ANY($1)`, [caseNos]);
        return { done: rows[0].n === caseNos.length, n: rows[0].n };
      },
      { timeoutMs: 180_000, intervalMs: 2000, progress: (s) => say(`  cases in the read model: ${s.n}/${caseNos.length}`) },
    );
    const fiveXx = answers.filter((a) => typeof a.status !== 'number' || a.status >= 500).length;
    const bystanderFiveXx = Object.entries(bystander.statuses).filter(([k]) => !(Number(k) < 500)).reduce((t, [, v]) => t + v, 0);
    const ok = fiveXx === 0 && caseNos.length === n && stored.n === n && bystanderFiveXx === 0;
    return { drill: `${n} concurrent POST /complaints`, ok, counts: { byStatus: statuses, cases: caseNos.length, inReadModel: stored.n, answeredInMs: answeredMs, otherUserReads: bystander.statuses } };
  }

  /** kill -9 the worker while finance books a refund, restart it, 20 times: one payment per refund. */
  async function financeDrill() {
    const rounds = 20;
    say(`Drill: kill -9 the worker during a finance refund, ${rounds} times`);
    await sim('PUT', '/control/departments/finance', { latencyMs: 3000, failureRate: 0, loseNextResponses: 0 });
    const returns = [];
    for (let i = 0; i < rounds; i++) {
      const returnNo = number('RT');
      const customer = customers[i % customers.length];
      const handle = await platform.client.workflow.start('returnWorkflow', {
        taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
        workflowId: `return-${returnNo}`,
        args: [{ returnNo, type: 'refund_only', source: 'own_shop', customerId: customer.id, customerNo: customer.customer_no, customerTier: 'regular', orderRef: `SO-${returnNo}`, items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 10_000 + i, reason: 'other', description: 'Drill refund', goodsState: 'received', requestedBy: 'drill' }],
      });
      await handle.executeUpdate('approveReturn', { args: [{ by: 'AG-001' }] });
      returns.push(returnNo);
      await sleep(1500); // finance has the call and books it after 3 s
      await platform.killApp('worker');
      await sleep(2000);
      await platform.startApp('worker');
      say(`  round ${i + 1}/${rounds}: worker killed during the refund of ${returnNo} and restarted`);
    }
    await sim('PUT', '/control/departments/finance', { latencyMs: 200 });
    const settled = await until(
      async () => {
        const states = await Promise.all(returns.map((r) => platform.client.workflow.getHandle(`return-${r}`).query('returnState').catch(() => null)));
        const refunded = states.filter((s) => s?.status === 'refunded').length;
        return { done: refunded === returns.length, refunded };
      },
      { timeoutMs: 180_000, intervalMs: 2000, progress: (s) => say(`  refunded ${s.refunded}/${returns.length}`) },
    );
    const payments = await (await sim('GET', '/control/payments')).json();
    const keys = new Set(returns.map((r) => `RF-${r}`));
    const ours = payments.filter((p) => keys.has(p.idempotencyKey));
    const perKey = new Map();
    for (const p of ours) perKey.set(p.idempotencyKey, (perKey.get(p.idempotencyKey) ?? 0) + 1);
    const doubled = [...perKey.values()].filter((n) => n > 1).length;
    const ok = settled.refunded === rounds && ours.length === rounds && doubled === 0;
    return { drill: 'worker killed during finance refunds', ok, counts: { refundsRequested: rounds, refunded: settled.refunded, paymentsBooked: ours.length, doubled } };
  }

  /** Stop the Temporal server while 500 cases wait on timers: each escalation fires once after the restart. */
  async function temporalDrill() {
    const n = 500;
    say(`Drill: stop and restart Temporal while ${n} cases wait on timers`);
    await policy('drill-temporal', 'other', 'critical', 60);
    const cases = [];
    for (let i = 0; i < n; i += 50) cases.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => startComplaint('other', 'critical', i + j)))));
    await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = ANY($1) AND status = 'assigned'`, [cases]);
        return { done: rows[0].n === n, n: rows[0].n };
      },
      { timeoutMs: 120_000, intervalMs: 1000 },
    );
    const { rows: before } = await platform.db.query(`SELECT count(*)::int AS n FROM sla_breaches WHERE case_no = ANY($1)`, [cases]);
    say(`  ${n} cases waiting on their first-contact timers; stopping Temporal for 15 s`);
    await platform.stopTemporal();
    await sleep(15_000);
    await platform.startTemporal();
    say('  Temporal is back');
    const fired = await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(DISTINCT case_no)::int AS cases, count(*)::int AS n FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`, [cases]);
        return { done: rows[0].cases === n, ...rows[0] };
      },
      { timeoutMs: 240_000, intervalMs: 2000, progress: (s) => say(`  escalations recorded: ${s.cases}/${n}`) },
    );
    await sleep(5000); // a doubled escalation would show by now
    const { rows } = await platform.db.query(`SELECT count(DISTINCT case_no)::int AS cases, count(*)::int AS n FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`, [cases]);
    const ok = before[0].n === 0 && rows[0].cases === n && rows[0].n === n;
    void fired;
    return { drill: 'Temporal stopped and restarted with timers pending', ok, counts: { cases: n, firedBeforeStop: before[0].n, escalated: rows[0].cases, breachRows: rows[0].n, lost: n - rows[0].cases, doubled: rows[0].n - rows[0].cases } };
  }

  /** Stop PostgreSQL for 30 s under load: workflows keep going and the read model catches up. */
  async function postgresDrill() {
    const n = 300;
    say(`Drill: stop PostgreSQL for 30 s while ${n} complaints arrive over 60 s`);
    await policy('drill-postgres', 'other', 'high', 3600);
    const cases = [];
    const started = Date.now();
    const load = (async () => {
      for (let i = 0; i < n; i++) {
        const due = started + (60_000 * i) / n;
        if (due > Date.now()) await sleep(due - Date.now());
        cases.push(await startComplaint('other', 'high', i));
      }
    })();
    await sleep(15_000);
    await platform.stopPostgres();
    say('  PostgreSQL stopped');
    await sleep(30_000);
    await platform.startPostgres();
    say('  PostgreSQL is back');
    await load;
    const caught = await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = ANY($1) AND status = 'assigned'`, [cases]).catch(() => ({ rows: [{ n: 0 }] }));
        return { done: rows[0].n === n, n: rows[0].n };
      },
      { timeoutMs: 180_000, intervalMs: 2000, progress: (s) => say(`  read model: ${s.n}/${n} cases current`) },
    );
    // Every row agrees with its workflow.
    let disagree = 0;
    const { rows } = await platform.db.query(`SELECT case_no, status, state_version FROM case_records WHERE case_no = ANY($1)`, [cases]);
    for (const row of rows) {
      const state = await platform.client.workflow.getHandle(`complaint-${row.case_no}`).query('complaintState');
      if (state.status !== row.status || state.stateVersion !== row.state_version) disagree += 1;
    }
    const ok = cases.length === n && caught.n === n && rows.length === n && disagree === 0;
    return { drill: 'PostgreSQL stopped for 30 s under load', ok, counts: { started: cases.length, rows: rows.length, current: caught.n, disagreeWithWorkflow: disagree } };
  }

  /** 10,000 malformed or hostile requests, 8 at a time: no 5xx, nothing written. */
  async function hostileDrill() {
    const total = 10_000;
    say(`Drill: ${total.toLocaleString('en')} malformed or hostile requests`);
    const created = await api('POST', '/complaints', { customerNo: customers[0].customer_no, channel: 'phone', category: 'service', severity: 'normal', description: 'Drill target' });
    const { caseNo } = await created.json();
    await until(async () => ({ done: (await (await api('GET', `/complaints/${caseNo}`)).json()).status === 'assigned' }), { timeoutMs: 30_000 });
    const tables = ['case_records', 'audit_events', 'idempotency_records', 'notification_outbox', 'customers', 'staff_members', 'sla_policies', 'return_policies'];
    const count = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await platform.db.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n])));
    const before = await count();
    const statuses = {};
    const fiveHundreds = [];
    const accepted = [];
    const requests = hostileRequests({ caseNo, customerNo: customers[0].customer_no, total });
    const started = Date.now();
    let nextRequest = 0;
    const retriedStale = [];
    const staleConnection = (error) => ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(error?.cause?.code);
    const send = async () => {
      while (nextRequest < requests.length) {
        const r = requests[nextRequest++];
        const send = () =>
          fetch(`${platform.apiUrl}${r.path}`, {
            method: r.method,
            headers: { ...(r.auth === false ? {} : { authorization: `Bearer ${r.token ?? platform.token}` }), 'content-type': r.contentType ?? 'application/json' },
            ...(r.body !== undefined ? { body: r.body } : {}),
          });
        // A kept-alive connection the server closed just as it was reused (its keep-alive timeout) is
        // a client-side race, retried once as any HTTP client does; a server that fails fails again.
        const response = await send()
          .catch((error) => (staleConnection(error) ? (retriedStale.push(`${r.method} ${r.path.slice(0, 60)}`), send()) : Promise.reject(error)))
          .catch((error) => ({ status: `network: ${error.cause?.code ?? error.message}` }));
        await response.arrayBuffer?.().catch(() => undefined);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (typeof response.status !== 'number' || response.status >= 500) fiveHundreds.push(`${r.method} ${r.path.slice(0, 80)} ${String(r.body ?? '').slice(0, 120)} → ${response.status}`);
        if (response.status < 300) accepted.push(`${r.method} ${r.path.slice(0, 60)} ${String(r.body ?? '').slice(0, 120)} → ${response.status}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, send));
    const tookMs = Date.now() - started;
    await sleep(2000);
    const after = await count();
    const changed = tables.filter((t) => after[t] !== before[t]).map((t) => `${t}: ${before[t]} → ${after[t]}`);
    const ok = fiveHundreds.length === 0 && changed.length === 0 && requests.length === total;
    return { drill: `${total.toLocaleString('en')} malformed or hostile requests`, ok, counts: { requests: requests.length, tookMs, byStatus: statuses, retriedStaleConnections: retriedStale, fiveHundreds: fiveHundreds.slice(0, 5), written: changed, accepted: [...new Set(accepted)].slice(0, 12) } };
  }
} finally {
  await platform.stop();
}

let failed = 0;
process.stdout.write('\n| Drill | Result | Counts |\n| --- | --- | --- |\n');
for (const o of outcomes) {
  if (!o.ok) failed += 1;
  process.stdout.write(`| ${o.drill} | ${o.ok ? 'PASS' : 'FAIL'} | ${JSON.stringify(o.counts).replace(/\|/g, '/')} |\n`);
}
if (failed) fail(`${failed} drill(s) failed`);
else say('All drills passed');
process.exit(failed ? 1 : 0);
