import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiClient } from '@libs/api-client';
import { queuedMessageWorkflowId } from '@workflows/notifications/queued-message.contract';
import { clientFor, expectData } from '../support/api-client';
import { givenCustomer } from '../support/builders';
import { startTestStack, TestStack } from '../support/test-stack';

interface GatewayPost {
  path: string;
  idempotencyKey: string;
  body: { to: string; text: string };
}

/** An SMS gateway over real HTTP that fails its first `failFirst` posts with 503, as a gateway does when it is down. */
async function startGateway(failFirst: number): Promise<{ server: Server; url: string; posts: GatewayPost[] }> {
  const posts: GatewayPost[] = [];
  let failures = 0;
  const read = (req: IncomingMessage) => new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.parse(await read(req));
    if (failures < failFirst) {
      failures += 1;
      res.writeHead(503).end('maintenance');
      return;
    }
    posts.push({ path: req.url!, idempotencyKey: String(req.headers['idempotency-key']), body });
    res.writeHead(202).end('{}');
  };
  const server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posts };
}

// L-4: the customer is told the courier and the waybill number. The API queues the SMS with the
// shipment; a delivery workflow hands it to the gateway, through the gateway's outages, once.
// E2E tier: the API, the worker, the department simulator and an SMS gateway, over HTTP.
describe('L-4 parts-shipment SMS reaches the gateway (e2e)', () => {
  let stack: TestStack;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let warehouse: ApiClient;

  beforeAll(async () => {
    gateway = await startGateway(1);
    stack = await startTestStack({ api: true, departments: true, config: { NOTIFICATION_GATEWAY_URL: gateway.url } });
    warehouse = (await clientFor(stack.api!, stack.db, 'warehouse', { code: 'WH-003' })).client;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    gateway?.server.close();
  });

  const to = { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' };

  it('L-4: the shipment SMS is sent to the phone on file once, after the gateway comes back; recording the waybill again sends nothing more', async () => {
    const customer = await givenCustomer(stack.db);
    const id = randomUUID().slice(0, 8).toUpperCase();
    const body = { waybillNo: `YT${id}`, parts: [{ partNo: `CTRL-${id}`, quantity: 1 }], courier: '圆通速递', to, billing: 'warranty' as const, customerNo: customer.customerNo };
    const shipment = expectData(await warehouse.POST('/parts-shipments', { body }), 201);
    const dedupeKey = `parts-shipment:${shipment.id}:shipped`;

    const delivered = await stack.temporal.workflow.getHandle(queuedMessageWorkflowId(dedupeKey)).result();
    expect(delivered).toBe('sent');
    const sent = gateway.posts.filter((p) => p.body.text.includes(body.waybillNo));
    expect(sent).toEqual([{ path: '/sms', idempotencyKey: dedupeKey, body: { to: customer.phone, text: expect.stringContaining('圆通速递') } }]);
    const [row] = await stack.db.query(`SELECT sent_at, delivered_via, delivery_attempts, last_error FROM notification_outbox WHERE dedupe_key = $1`, [dedupeKey]);
    // The first attempt met the gateway's 503 and was tried again.
    expect(row).toMatchObject({ delivered_via: 'sms-gateway', delivery_attempts: 2, last_error: null });
    expect(row.sent_at).not.toBeNull();

    // The workflow carries the outbox key only: neither the phone nor the text is in its history.
    const history = JSON.stringify(await stack.temporal.workflow.getHandle(queuedMessageWorkflowId(dedupeKey)).fetchHistory());
    expect(history).not.toContain(customer.phone);
    expect(history).not.toContain(body.waybillNo);

    // The same waybill again is the same shipment: no second message.
    await warehouse.POST('/parts-shipments', { body });
    await new Promise((r) => setTimeout(r, 1000));
    expect(gateway.posts.filter((p) => p.body.text.includes(body.waybillNo))).toHaveLength(1);
  }, 90_000);

  it('a shipment without a customer tells nobody and starts no delivery', async () => {
    const id = randomUUID().slice(0, 8).toUpperCase();
    const shipment = expectData(
      await warehouse.POST('/parts-shipments', { body: { waybillNo: `YT${id}`, parts: [{ partNo: `CTRL-${id}`, quantity: 1 }], courier: '圆通速递', to, billing: 'warranty' } }),
      201,
    );
    const handle = stack.temporal.workflow.getHandle(queuedMessageWorkflowId(`parts-shipment:${shipment.id}:shipped`));
    await expect(handle.describe()).rejects.toThrow(/not found/i);
    expect(await stack.db.query(`SELECT 1 FROM notification_outbox WHERE dedupe_key LIKE $1`, [`parts-shipment:${shipment.id}:%`])).toEqual([]);
  }, 30_000);
});
