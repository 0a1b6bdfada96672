import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@libs/config';
import { createValidationPipe, setUpSwagger } from '@libs/http';
import { SimulatorModule } from './simulator.module';

/** Builds the simulator; shared by the entry point and the test stack. */
export async function createSimulatorApp(config: AppConfig): Promise<INestApplication> {
  // rawBody: requests are signed over the exact bytes, as the platform's callbacks are.
  const app = await NestFactory.create(SimulatorModule.forRoot(config), { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpSwagger(app, {
    title: 'Department simulator',
    description: 'Plays the courier, finance, quality and sales departments for tests and demos.',
    tags: { control: 'Test and demo controls', departments: 'The department protocol', health: 'Liveness' },
  });
  return app;
}
