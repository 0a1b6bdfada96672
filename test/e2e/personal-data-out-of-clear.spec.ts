import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { createDataConverter } from '@libs/temporal/codec/data-converter';
import { AppProcess, startAppProcess } from '../support/app-process';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { createSuiteDatabase, freePort, suiteConfig } from '../support/infrastructure';
import { givenStaffWithPassword } from '../support/sign-in';

// E2E tier with the API and the worker as processes of their own, their logs kept whole. A supervisor
// searches for a customer by phone and name, then approves a refund that finance refuses with an
// error text naming the customer. Neither the logs nor the Temporal history hold the customer's
// phone number or name in clear, nor any token (issue 15, "Personal data never in clear").
describe('personal data out of logs and history (e2e)', () => {
  const NAME = '钱多多';
  const PHONE = '13912345678';
  let config: AppConfig;
  let db: DataSource;
  let drop: () => Promise<void>;
  let department: Server;
  let departmentCalls = 0;
  let api: AppProcess;
  let worker: AppProcess;
  let connection: Connection;
  let base: string;

  beforeAll(async () => {
    // A department that refuses every request, quoting the customer the way real systems do.
    department = createServer((req, res) => {
      departmentCalls += 1;
      req.resume();
      res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `账户冻结: 客户 ${NAME} 电话 ${PHONE}` }));
    });
    await new Promise<void>((resolve) => department.listen(0, '127.0.0.1', resolve));
    const apiPort = await freePort();
    const database = await createSuiteDatabase();
    drop = database.drop;
    config = suiteConfig(database.url, {
      API_PORT: String(apiPort),
      API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      DEPARTMENT_BASE_URL: `http://127.0.0.1:${(department.address() as AddressInfo).port}`,
    });
    base = `http://127.0.0.1:${apiPort}`;
    db = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
    worker = await startAppProcess('worker', config, (out) => out.includes('Polling task queue'));
    api = await startAppProcess('api', config, () => fetch(`${base}/health`).then((r) => r.ok, () => false));
    connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await connection?.close();
    await db?.destroy();
    await drop?.();
    department?.close();
  });

  it('keeps phone numbers, names and tokens out of both logs and of failure messages in the history', async () => {
    const customer = await givenCustomer(db, { name: NAME, phone: PHONE });
    const staff = await givenStaffWithPassword(db, 'supervisor', `sup-${Date.now()}`);
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: staff.username, password: staff.password }) });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe('no-store');
    const { accessToken } = (await login.json()) as { accessToken: string };
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });

    // Searches by personal data: the old way (query string) and the new one (body).
    expect((await call('GET', `/customers?phone=${PHONE}`)).status).toBe(200);
    expect((await call('GET', `/customers?name=${encodeURIComponent(NAME)}`)).status).toBe(200);
    const found = await call('POST', '/customers/search', { phone: PHONE });
    expect(((await found.json()) as { items: Array<{ customerNo: string }> }).items.map((c) => c.customerNo)).toEqual([customer.customerNo]);
    // A search that fails (a bad value) is logged as a warning with its URL.
    expect((await call('GET', `/customers?phone=${PHONE}&tier=${encodeURIComponent(NAME)}`)).status).toBe(400);

    // A refund that finance refuses with the customer's name and phone in its answer.
    const created = await call('POST', '/returns', {
      type: 'refund_only', source: 'own_shop', customerNo: customer.customerNo, orderRef: 'SO-20261124-0001', items: [{ sku: 'EB-200', quantity: 1 }],
      amountFen: 25_900, reason: 'wrong_item', description: `${NAME} ${PHONE} wants the money back`, goodsState: 'not_shipped',
    });
    expect(created.status).toBe(201);
    const { returnNo } = (await created.json()) as { returnNo: string };
    expect((await call('POST', `/returns/${returnNo}/approve`, { note: `called ${PHONE}` })).status).toBe(200);
    await eventually(async () => departmentCalls, (n) => n > 0, 30_000);
    expect(departmentCalls).toBeGreaterThan(0);

    // The audit log records the approval without the note's text.
    const audit = await db.query(`SELECT details FROM audit_events WHERE resource = $1`, [`return:${returnNo}`]);
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(PHONE);

    // The refusal is in the history as a failure: encoded, yet readable through the codec.
    const plain = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const withCodec = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config) });
    const refundId = `return-${returnNo}-refund-1`;
    const rawHistory = await eventually(
      async () => JSON.stringify(temporal.api.history.v1.History.fromObject(await plain.workflow.getHandle(refundId).fetchHistory()).toJSON()),
      (json) => json.includes('activityTaskFailedEventAttributes') || json.includes('workflowExecutionFailedEventAttributes'),
      30_000,
    );
    expect(rawHistory).toContain('Encoded failure');
    for (const personal of [PHONE, NAME]) expect(rawHistory).not.toContain(personal);
    const decoded = await withCodec.workflow.getHandle(`return-${returnNo}`).query<{ refund?: { failure?: string | null } }>('returnState');
    expect(JSON.stringify(decoded)).toContain('finance');

    // Logs of both processes: phone, name, tokens absent; the events themselves present.
    await new Promise((r) => setTimeout(r, 1000));
    const logs = { api: api.output(), worker: worker.output() };
    expect(logs.api).toContain('/customers/search');
    expect(logs.api).toContain('"url":"/customers"');
    expect(logs.worker).toMatch(/Activity failed|department/);
    for (const [app, text] of Object.entries(logs)) {
      for (const secret of [PHONE, NAME, accessToken, staff.password]) expect({ app, leaked: text.includes(secret) ? secret : null }).toEqual({ app, leaked: null });
      // Task tokens (base64 protobuf) are redacted wherever the SDK puts them.
      const tokens = [...text.matchAll(/"taskToken":"([^"]*)"/g)].map((m) => m[1]);
      expect({ app, tokens: tokens.filter((t) => t !== '[redacted]') }).toEqual({ app, tokens: [] });
    }
  }, 120_000);
});
