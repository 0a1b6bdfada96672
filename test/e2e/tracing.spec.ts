import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';
import { killHard, startWorkerProcess } from '../support/worker-process';
import type { ChildProcess } from 'node:child_process';

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  service: string;
}

/** A minimal OTLP/HTTP (JSON) collector: keeps every span it is sent, and the raw bodies. */
async function startCollector(): Promise<{ url: string; spans: ReceivedSpan[]; bodies: string[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        bodies.push(body);
        const parsed = JSON.parse(body) as {
          resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: ReceivedSpan[] }[] }[];
        };
        for (const resourceSpans of parsed.resourceSpans) {
          const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
          for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, bodies, server };
}

// Issue 20 §3: with OTEL_EXPORTER_OTLP_ENDPOINT set, one request becomes one trace from the HTTP call
// through the workflow start, the workflow run and its activities.
describe('traces (e2e)', () => {
  let stack: TestStack;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    collector = await startCollector();
    stack = await startTestStack({ api: true, worker: false, config: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: 'after-sales-test' } });
    // The compiled worker in a process of its own, as deployed: a traced worker bundles its workflows
    // with the tracing interceptors at start-up (which webpack cannot do inside a jest sandbox).
    worker = await startWorkerProcess(stack.config, 180_000);
    await givenAgent(stack.db);
  }, 240_000);
  afterAll(async () => {
    if (worker) await killHard(worker);
    await stack?.stop();
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it('continues the caller’s trace through the API, the workflow start, the workflow run and its activities, with no personal data in any span', async () => {
    const agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    const customer = await givenCustomer(stack.db);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const description = '热水器漏水，客户很着急';
    await request(stack.api!.getHttpServer())
      .post('/complaints')
      .set('Authorization', agent)
      .set('traceparent', `00-${traceId}-00f067aa0ba902b7-01`)
      .send({ customerNo: customer.customerNo, channel: 'phone', category: 'quality', severity: 'normal', description })
      .expect(201);

    const spans = await eventually(
      () => Promise.resolve(collector.spans.filter((s) => s.traceId.toLowerCase() === traceId)),
      (found) => ['POST /complaints', 'StartWorkflow:', 'RunWorkflow:', 'RunActivity:'].every((name) => found.some((s) => s.name.startsWith(name))),
      60_000,
    );
    const names = spans.map((s) => s.name);
    const http = spans.find((s) => s.name === 'POST /complaints')!;
    const start = spans.find((s) => s.name.startsWith('StartWorkflow:'))!;
    // The workflow start is a child of the HTTP span, which continues the caller's span.
    expect(http.parentSpanId).toBe('00f067aa0ba902b7');
    expect(start.parentSpanId).toBe(http.spanId);
    // The worker's spans (workflow code and the activities it ran) carry the same trace id.
    expect(names.filter((n) => n.startsWith('RunActivity:')).length).toBeGreaterThan(0);
    expect(spans.every((s) => s.service === 'after-sales-test')).toBe(true);

    // Spans name route patterns and types; payloads stay encrypted and out of traces.
    const everything = collector.bodies.join('\n');
    expect(everything).not.toContain(customer.phone!);
    expect(everything).not.toContain(customer.name!);
    expect(everything).not.toContain(description);
  }, 120_000);
});
