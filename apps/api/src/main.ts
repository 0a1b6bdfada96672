import 'reflect-metadata';
import { loadConfigOrExit } from '@libs/config';
import { listenOrExit } from '@libs/http';
import { startTracing } from '@libs/observability/tracing';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  startTracing(config, 'after-sales-api');
  const app = await createApiApp(config);
  await listenOrExit(app, config.API_PORT, config.API_HOST, 'API_PORT');
}

bootstrap().catch((error: Error) => {
  console.error(`API failed to start: ${error.message}`);
  process.exit(1);
});
