import { DefaultLogger, Runtime } from '@temporalio/worker';
import pino from 'pino';
import type { AppConfig } from '@libs/config';
import { pinoOptions } from '@libs/logging';

let installed = false;

/**
 * Routes the Temporal SDK's own log (bundling, worker state changes) through pino, from WARN up:
 * below that it says nothing an operator acts on. The SDK runtime is process-wide, so once only.
 */
export function installSdkLogging(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>): void {
  if (installed) return;
  installed = true;
  const sdkLog = pino(pinoOptions(config, 'temporal-sdk'));
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) => {
      sdkLog[level === 'ERROR' ? 'error' : 'warn'](meta ?? {}, message);
    }),
  });
}
