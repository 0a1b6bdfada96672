import 'reflect-metadata';
import { loadConfigOrExit } from '@libs/config';
import { listenOrExit } from '@libs/http';
import { createSimulatorApp } from './create-simulator-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createSimulatorApp(config);
  await listenOrExit(app, config.DEPARTMENT_SIM_PORT, config.API_HOST, 'DEPARTMENT_SIM_PORT');
}

bootstrap().catch((error: Error) => {
  console.error(`Department simulator failed to start: ${error.message}`);
  process.exit(1);
});
