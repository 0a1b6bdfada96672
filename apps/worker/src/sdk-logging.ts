import { DefaultLogger, Runtime } from '@temporalio/worker';
import pino from 'pino';
import type { AppConfig } from '@libs/config';
import { pinoOptions } from '@libs/logging';
import { sdkMetricsAddress } from '@libs/observability';

let installed = false;

/**
 * Routes the Temporal SDK's own log (bundling, worker state changes) through pino, from WARN up:
 * below that it says nothing an operator acts on. The SDK runtime is process-wide, so once only; it also
 * serves the SDK's Prometheus metrics when the worker has a metrics port.
 */
export function installSdkLogging(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'> & Partial<Pick<AppConfig, 'WORKER_METRICS_PORT'>>): void {
  if (installed) return;
  installed = true;
  const sdkLog = pino(pinoOptions(config, 'temporal-sdk'));
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) => {
      sdkLog[level === 'ERROR' ? 'error' : 'warn'](meta ?? {}, message);
    }),
    // The SDK's own metrics (slots, pollers, cache, latencies), appended to the worker's /metrics.
    ...(config.WORKER_METRICS_PORT ? { telemetryOptions: { metrics: { prometheus: { bindAddress: sdkMetricsAddress(config.WORKER_METRICS_PORT) } } } } : {}),
  });
}
