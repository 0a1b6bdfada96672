import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@libs/config';
import { createValidationPipe, setUpSwagger } from '@libs/http';
import { AppModule } from './app.module';

/** Builds the API application; shared by the entry point and the e2e tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpSwagger(
    app,
    'After-sales platform API',
    'Complaints, returns and follow-up calls as durable workflows. Every case is a Temporal workflow; lists come from PostgreSQL.',
  );
  return app;
}
