import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@libs/config';
import { createValidationPipe, setUpSwagger } from '@libs/http';
import { requestIdMiddleware } from '@libs/logging';
import { API_DESCRIPTION } from './api-document';
import { AppModule } from './app.module';
import { codecCorsOrigins } from './codec/codec-cors';

/** Builds the API application; shared by the entry point and the e2e tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  // rawBody: department callbacks are authenticated by an HMAC over the exact bytes received.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  // First, so that every answer (even to a body the parser refuses) carries the request id.
  app.use(requestIdMiddleware);
  app.use(
    helmet({
      // Swagger UI at /docs runs an inline initialiser; everything else is JSON.
      contentSecurityPolicy: { directives: { scriptSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
    }),
  );
  app.use(cookieParser());
  // The Temporal UI calls the codec endpoints from its own origin, with the operator's session cookie.
  app.enableCors({
    origin: codecCorsOrigins(config),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Namespace', 'X-Request-Id'],
  });
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpSwagger(app, API_DESCRIPTION);
  return app;
}
