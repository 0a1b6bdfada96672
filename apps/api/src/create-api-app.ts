import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig, trustProxySetting } from '@libs/config';
import { createValidationPipe, setUpSwagger } from '@libs/http';
import { AppModule } from './app.module';
import { API_METRICS, httpMetricsMiddleware } from './metrics/api-metrics';

/** Builds the API application; shared by the entry point and the e2e tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  // rawBody: department callbacks are authenticated by an HMAC over the exact bytes received.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  app.use(httpMetricsMiddleware(app.get(API_METRICS)));
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
    origin: [new URL(config.TEMPORAL_UI_URL).origin],
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Namespace', 'X-Request-Id'],
  });
  // X-Forwarded-For counts only from the proxies the operator names: otherwise any client could pick
  // its own address and escape the per-address limits.
  app.set('trust proxy', trustProxySetting(config.TRUSTED_PROXIES));
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpSwagger(
    app,
    'After-sales platform API',
    'Complaints, returns and follow-up calls as durable workflows. Every case is a Temporal workflow; lists come from PostgreSQL. ' +
      'Sign in with POST /auth/login and send `Authorization: Bearer <accessToken>`; integrations use API keys the same way.',
  );
  return app;
}
