import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@libs/config';
import { createValidationPipe, listenOrExit, setUpSwagger } from '@libs/http';
import { SimulatorModule } from './simulator.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create(SimulatorModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpSwagger(app, 'Department simulator', 'Plays the courier, finance, quality and sales departments for tests and demos.');
  await listenOrExit(app, config.DEPARTMENT_SIM_PORT, config.API_HOST, 'DEPARTMENT_SIM_PORT');
}

bootstrap().catch((error: Error) => {
  console.error(`Department simulator failed to start: ${error.message}`);
  process.exit(1);
});
