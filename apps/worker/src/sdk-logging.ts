import { ApplicationFailure } from '@temporalio/common';
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
      sdkLog[level === 'ERROR' ? 'error' : 'warn'](withoutForeignText(meta ?? {}), message);
    }),
    // The SDK's own metrics (slots, pollers, cache, latencies), appended to the worker's /metrics.
    ...(config.WORKER_METRICS_PORT ? { telemetryOptions: { metrics: { prometheus: { bindAddress: sdkMetricsAddress(config.WORKER_METRICS_PORT) } } } } : {}),
  });
}

/**
 * An activity failure's message up to its first colon: what follows is quoted from elsewhere (a
 * department's answer, which can name the customer) and is read in the Temporal UI through the codec.
 * The rest of the entry is redacted by the shared pino options (task tokens, phone numbers).
 */
export function withoutForeignText(meta: Record<string, unknown>): Record<string, unknown> {
  const error = meta.error;
  if (!(error instanceof ApplicationFailure)) return meta;
  const colon = error.message.indexOf(': ');
  return {
    ...meta,
    error: { type: error.type ?? error.name, nonRetryable: error.nonRetryable, message: colon >= 0 ? `${error.message.slice(0, colon)}: …` : error.message },
  };
}
