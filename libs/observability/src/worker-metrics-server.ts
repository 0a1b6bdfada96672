import { createServer, Server } from 'node:http';
import type { Registry } from 'prom-client';

/**
 * The worker's `/metrics`: the platform's metrics and, appended, the Temporal SDK's own (task slots,
 * poll latency, sticky cache, workflow task and activity schedule-to-start latency), which the SDK
 * runtime serves on a loopback port of its own. Prometheus scrapes one endpoint per worker.
 */
export async function startWorkerMetricsServer(options: { host: string; port: number; registry: Registry; sdkMetricsUrl?: string }): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    void (async () => {
      try {
        const own = await options.registry.metrics();
        const sdk = options.sdkMetricsUrl ? await fetch(options.sdkMetricsUrl).then((r) => (r.ok ? r.text() : ''), () => '') : '';
        response.writeHead(200, { 'content-type': options.registry.contentType }).end(`${own}\n${sdk}`);
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics unavailable: ${(error as Error).message}\n`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

/** Where the SDK runtime serves its Prometheus metrics: the next port, on loopback only. */
export function sdkMetricsAddress(workerMetricsPort: number): string {
  return `127.0.0.1:${workerMetricsPort + 1}`;
}
