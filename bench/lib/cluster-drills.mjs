// Fault drills on the one-machine Temporal cluster (`npm run drills -- --engine cluster`): a history
// process killed while timers are pending, the frontend killed and restarted under intake, one of two
// platform workers killed mid-refund, and PostgreSQL (which holds Temporal's state too) restarted under
// load. Each returns { drill, ok, counts } like the dev-server drills.
import { randomUUID } from 'node:crypto';
import { say } from '../../scripts/lib/log.mjs';
import { until } from './measure.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function clusterDrills(platform, { number, wanted }) {
  const customersPromise = platform.db.query(`SELECT id, customer_no FROM customers WHERE tier = 'regular' ORDER BY customer_no`).then((r) => r.rows);
  const policy = (code, category, severity, firstContactSeconds) =>
    platform.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ($1, $2, $3, 'regular', '24x7', $4, 864000, 864000, '{}')`,
      [code, category, severity, firstContactSeconds],
    );
  const startComplaint = async (category, severity, i) => {
    const customers = await customersPromise;
    const caseNo = number('CP');
    const customer = customers[i % customers.length];
    await platform.client.workflow.start('complaintWorkflow', {
      taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
      workflowId: `complaint-${caseNo}`,
      args: [{ caseNo, customerId: customer.id, customerNo: customer.customer_no, customerTier: 'regular', channel: 'phone', category, severity, description: 'Drill', registeredBy: 'drill' }],
    });
    return caseNo;
  };
  /** POST /complaints with one Idempotency-Key, retried until it answers 2xx: what a careful client does. */
  const registerThroughApi = async (i) => {
    const customers = await customersPromise;
    const key = randomUUID();
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${platform.apiUrl}/complaints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${platform.token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ customerNo: customers[i % customers.length].customer_no, channel: 'phone', category: 'service', severity: 'normal', description: 'Drill intake' }),
      }).catch(() => null);
      if (response?.ok) return { caseNo: (await response.json()).caseNo, attempts: attempt + 1 };
      if (attempt > 120) throw new Error(`intake ${i} never succeeded (last ${response?.status})`);
      await sleep(500);
    }
  };
  const breachCounts = async (cases) =>
    (await platform.db.query(`SELECT count(DISTINCT case_no)::int AS cases, count(*)::int AS n FROM sla_breaches WHERE target = 'first_contact' AND case_no = ANY($1)`, [cases])).rows[0];
  const waitAssigned = (cases) =>
    until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = ANY($1) AND status <> 'registered'`, [cases]);
        return { done: rows[0].n === cases.length, n: rows[0].n };
      },
      { timeoutMs: 300_000, intervalMs: 2000, progress: (s) => say(`  cases assigned: ${s.n}/${cases.length}`) },
    );
  const engine = platform.temporalEngine;

  const drills = [];

  /** kill -9 one of the two history processes while 1,000 timers are pending and intake runs. */
  if (wanted('history')) drills.push(async () => {
    const n = 1000;
    say(`Cluster drill: kill -9 history-1 while ${n} first-contact timers are pending and intake runs`);
    // Far enough out that every case is set up and the kill lands before the first deadline.
    await policy('drill-history', 'other', 'critical', 180);
    const cases = [];
    for (let i = 0; i < n; i += 50) cases.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => startComplaint('other', 'critical', i + j)))));
    await waitAssigned(cases);
    const intake = Promise.all(Array.from({ length: 100 }, (_, i) => sleep(i * 200).then(() => registerThroughApi(i))));
    await sleep(5000);
    const before = await breachCounts(cases);
    await engine.kill('history-1');
    say(`  history-1 killed (${before.n} escalations recorded before); its shards move to history-2`);
    const fired = await until(
      async () => {
        const c = await breachCounts(cases);
        return { done: c.cases === n, ...c };
      },
      { timeoutMs: 480_000, intervalMs: 3000, progress: (s) => say(`  escalations recorded: ${s.cases}/${n}`) },
    );
    const intakeResults = await intake;
    await sleep(5000); // a doubled escalation would show by now
    const after = await breachCounts(cases);
    await engine.restart('history-1');
    const ok = fired.cases === n && after.n === n && intakeResults.length === 100;
    return { drill: 'cluster: a history process killed with 1,000 timers pending', ok, counts: { cases: n, escalated: after.cases, breachRows: after.n, lost: n - after.cases, doubled: after.n - after.cases, intakeDuringDrill: intakeResults.length } };
  });

  /** kill -9 the frontend during intake, restart it 10 s later: clients retry, nothing is lost. */
  if (wanted('frontend')) drills.push(async () => {
    const n = 200;
    say(`Cluster drill: kill -9 the frontend during an intake of ${n} complaints, restart it after 10 s`);
    const intake = Promise.all(Array.from({ length: n }, (_, i) => sleep(i * 100).then(() => registerThroughApi(i))));
    await sleep(5000);
    await engine.kill('frontend');
    say('  frontend killed');
    await sleep(10_000);
    await engine.restart('frontend');
    say('  frontend restarted');
    const results = await intake;
    const cases = [...new Set(results.map((r) => r.caseNo))];
    const retried = results.filter((r) => r.attempts > 1).length;
    const running = await until(
      async () => {
        const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM case_records WHERE case_no = ANY($1) AND status <> 'registered'`, [cases]);
        return { done: rows[0].n === n, n: rows[0].n };
      },
      { timeoutMs: 180_000, intervalMs: 2000 },
    );
    let workflows = 0;
    for (const caseNo of cases) if ((await platform.client.workflow.getHandle(`complaint-${caseNo}`).describe().catch(() => null))?.status.name === 'RUNNING') workflows += 1;
    const ok = cases.length === n && running.n === n && workflows === n;
    return { drill: 'cluster: frontend killed and restarted under intake', ok, counts: { requested: n, cases: cases.length, retriedByClient: retried, readModelRows: running.n, runningWorkflows: workflows } };
  });

  /** Two platform workers; the one holding a finance refund is killed each round: one payment per refund. */
  if (wanted('finance')) drills.push(async () => {
    const rounds = 10;
    say(`Cluster drill: two workers, one killed during a finance refund, ${rounds} times`);
    const customers = await customersPromise;
    const sim = (method, url, body) => fetch(`${platform.simUrl}${url}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    await sim('PUT', '/control/departments/finance', { latencyMs: 3000, failureRate: 0, loseNextResponses: 0 });
    const returns = [];
    for (let i = 0; i < rounds; i++) {
      const returnNo = number('RT');
      const customer = customers[i % customers.length];
      const handle = await platform.client.workflow.start('returnWorkflow', {
        taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
        workflowId: `return-${returnNo}`,
        args: [{ returnNo, type: 'refund_only', source: 'own_shop', customerId: customer.id, customerNo: customer.customer_no, customerTier: 'regular', orderRef: `SO-${returnNo}`, items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 20_000 + i, reason: 'other', description: 'Drill refund', goodsState: 'received', requestedBy: 'drill' }],
      });
      await handle.executeUpdate('approveReturn', { args: [{ by: 'AG-001' }] });
      returns.push(returnNo);
      await sleep(1500);
      const victim = i % 2 === 0 ? 'worker' : 'worker-2';
      await platform.killApp(victim);
      await sleep(2000);
      await platform.startApp(victim);
      say(`  round ${i + 1}/${rounds}: ${victim} killed during the refund of ${returnNo} and restarted`);
    }
    await sim('PUT', '/control/departments/finance', { latencyMs: 200 });
    const settled = await until(
      async () => {
        const states = await Promise.all(returns.map((r) => platform.client.workflow.getHandle(`return-${r}`).query('returnState').catch(() => null)));
        const refunded = states.filter((s) => s?.status === 'refunded').length;
        return { done: refunded === returns.length, refunded };
      },
      { timeoutMs: 240_000, intervalMs: 2000, progress: (s) => say(`  refunded ${s.refunded}/${returns.length}`) },
    );
    const payments = await (await sim('GET', '/control/payments')).json();
    const keys = new Set(returns.map((r) => `RF-${r}`));
    const ours = payments.filter((p) => keys.has(p.idempotencyKey));
    const doubled = ours.length - new Set(ours.map((p) => p.idempotencyKey)).size;
    const ok = settled.refunded === rounds && ours.length === rounds && doubled === 0;
    return { drill: 'cluster: one of two workers killed during finance refunds', ok, counts: { refundsRequested: rounds, refunded: settled.refunded, paymentsBooked: ours.length, doubled } };
  });

  /** Restart PostgreSQL (Temporal's store and the platform's) under load: nothing is lost once it is back. */
  if (wanted('postgres')) drills.push(async () => {
    const n = 200;
    say(`Cluster drill: restart PostgreSQL (10 s down) while ${n} complaints arrive`);
    await policy('drill-pg-cluster', 'other', 'high', 3600);
    const cases = [];
    const started = Date.now();
    const load = (async () => {
      for (let i = 0; i < n; i++) {
        const due = started + (40_000 * i) / n;
        if (due > Date.now()) await sleep(due - Date.now());
        for (let attempt = 0; ; attempt++) {
          try {
            cases.push(await startComplaint('other', 'high', i));
            break;
          } catch (error) {
            if (attempt > 120) throw error;
            await sleep(500);
          }
        }
      }
    })();
    await sleep(10_000);
    await platform.stopPostgres();
    say('  PostgreSQL stopped');
    await sleep(10_000);
    await platform.startPostgres();
    say('  PostgreSQL is back');
    await load;
    const caught = await waitAssigned(cases);
    let disagree = 0;
    const { rows } = await platform.db.query(`SELECT case_no, status, state_version FROM case_records WHERE case_no = ANY($1)`, [cases]);
    for (const row of rows) {
      const state = await platform.client.workflow.getHandle(`complaint-${row.case_no}`).query('complaintState');
      if (state.status !== row.status || state.stateVersion !== row.state_version) disagree += 1;
    }
    const ok = cases.length === n && caught.n === n && rows.length === n && disagree === 0;
    return { drill: 'cluster: PostgreSQL restarted under load', ok, counts: { started: cases.length, rows: rows.length, current: caught.n, disagreeWithWorkflow: disagree } };
  });

  return drills;
}
