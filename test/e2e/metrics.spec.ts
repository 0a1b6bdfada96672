import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { freePort } from '../support/infrastructure';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

/** The value of one sample line (`name{labels} value`) in Prometheus text, or 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.split(' ').pop());
  }
  return 0;
}

// Prometheus scrapes the API and the worker: after a complaint escalates, both endpoints show it.
describe('metrics endpoints (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let workerMetrics: string;

  beforeAll(async () => {
    const port = await freePort();
    workerMetrics = `http://127.0.0.1:${port}/metrics`;
    stack = await startTestStack({ api: true, config: { WORKER_METRICS_PORT: String(port) } });
    http = request(stack.api!.getHttpServer());
    await givenAgent(stack.db);
    await stack.db.query(
      `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
       VALUES ('metrics', 'billing', 'high', 'regular', '24x7', 1, 600, 300, '{2,300,600}')`,
    );
  });
  afterAll(() => stack?.stop());

  it('counts the cases the API opened, its requests by route pattern, and the escalations, breaches and read-model writes the worker made', async () => {
    const agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    const supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    const customer = await givenCustomer(stack.db);
    const { caseNo } = (
      await http.post('/complaints').set('Authorization', agent).send({ customerNo: customer.customerNo, channel: 'phone', category: 'billing', severity: 'high', description: '重复扣款' }).expect(201)
    ).body as { caseNo: string };
    await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200);

    const api = (await http.get('/metrics').expect(200)).text;
    expect(sample(api, 'aftersales_cases_opened_total', { type: 'complaint' })).toBe(1);
    expect(sample(api, 'aftersales_http_requests_total', { method: 'GET', route: '/complaints/:caseNo', status: '200' })).toBe(1);
    // Route patterns only: no case number in any label.
    expect(api).not.toContain(caseNo);

    const worker = await eventually(
      () => fetch(workerMetrics).then((r) => r.text()),
      (text) => sample(text, 'aftersales_escalations_total', { level: '1' }) >= 1,
      30_000,
    );
    expect(sample(worker, 'aftersales_escalations_total', { level: '1' })).toBe(1);
    expect(sample(worker, 'aftersales_sla_breaches_total', { target: 'first_contact' })).toBe(1);
    expect(sample(worker, 'aftersales_read_model_lag_seconds_count', { type: 'complaint' })).toBeGreaterThanOrEqual(2);
    // Each escalation is one call: its people, its breach and their notices.
    expect(sample(worker, 'aftersales_activities_total', { activity: 'recordEscalation', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    // The Temporal SDK's own metrics are appended to the same endpoint.
    expect(worker).toMatch(/^temporal_\w+/m);
    expect(worker).not.toContain(caseNo);
  });

  it('serves every metric the provisioned Grafana dashboard queries', async () => {
    const dashboard = JSON.parse(readFileSync(path.join(__dirname, '../../deploy/grafana/dashboards/after-sales.json'), 'utf8')) as { panels: Array<{ targets: Array<{ expr: string }> }> };
    const queried = new Set(
      dashboard.panels.flatMap((panel) => panel.targets.flatMap((t) => t.expr.match(/\b(?:aftersales|temporal)_\w+/g) ?? [])).map((name) => name.replace(/_(bucket|sum|count)$/, '')),
    );
    const served = `${(await http.get('/metrics').expect(200)).text}\n${await fetch(workerMetrics).then((r) => r.text())}`;
    const declared = new Set([...served.matchAll(/^# TYPE (\w+) /gm)].map((m) => m[1]));
    expect(queried.size).toBeGreaterThan(10);
    expect([...queried].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('wants the METRICS_TOKEN when one is configured', async () => {
    const guarded = await startTestStack({ api: true, worker: false, config: { METRICS_TOKEN: 'scrape-token-0123456789' } });
    try {
      const scraper = request(guarded.api!.getHttpServer());
      await scraper.get('/metrics').expect(401);
      await scraper.get('/metrics').set('Authorization', 'Bearer wrong-token-012345678').expect(401);
      await scraper.get('/metrics').set('Authorization', 'Bearer scrape-token-0123456789').expect(200);
    } finally {
      await guarded.stop();
    }
  });
});
