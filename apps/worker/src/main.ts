import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@libs/config';
import { startTracing } from '@libs/observability/tracing';
import { installSdkLogging } from './sdk-logging';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  installSdkLogging(config);
  // Before anything connects: the process's spans are named after the worker.
  startTracing(config, 'after-sales-worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

bootstrap().catch((error: Error) => {
  console.error(`Worker failed to start: ${error.message}`);
  process.exit(1);
});
