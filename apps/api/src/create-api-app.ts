import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppConfig, trustProxySetting } from '@libs/config';
import { admissionControl, createValidationPipe, jsonBodyParser, securityHeaders, setUpSwagger } from '@libs/http';
import { requestIdMiddleware } from '@libs/logging';
import { httpTracingMiddleware, startTracing } from '@libs/observability/tracing';
import { API_DESCRIPTION } from './api-document';
import { AppModule } from './app.module';
import { codecCorsOrigins } from './codec/codec-cors';
import { API_METRICS, httpMetricsMiddleware } from './metrics/api-metrics';

/** Builds the API application; shared by the entry point and the e2e tests. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  // rawBody: department callbacks are authenticated by an HMAC over the exact bytes received.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  // First, so that every answer (even to a body the parser refuses) carries the request id.
  app.use(requestIdMiddleware);
  // With OTEL_EXPORTER_OTLP_ENDPOINT: a span per request, around everything the request causes.
  if (startTracing(config, 'after-sales-api')) app.use(httpTracingMiddleware());
  // Counts every answer, the 503s of a full line included.
  app.use(httpMetricsMiddleware(app.get(API_METRICS)));
  // Then: a burst waits in line (or gets 503 with Retry-After) before it can take every connection.
  app.use(
    admissionControl({ concurrent: config.API_MAX_CONCURRENT_REQUESTS, queued: config.API_MAX_QUEUED_REQUESTS, waitMs: config.API_QUEUE_WAIT_MS }),
  );
  app.use(...securityHeaders());
  app.use(cookieParser());
  // The Temporal UI calls the codec endpoints from its own origin, with the operator's session cookie.
  app.enableCors({
    origin: codecCorsOrigins(config),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Namespace', 'X-Request-Id'],
  });
  // X-Forwarded-For counts only from the proxies the operator names: otherwise any client could pick
  // its own address and escape the per-address limits.
  app.set('trust proxy', trustProxySetting(config.TRUSTED_PROXIES));
  // Sign-in is unauthenticated: its bodies are tiny, so a large one is refused before any work.
  app.use('/auth', jsonBodyParser({ limit: '8kb' }));
  app.use(jsonBodyParser({ limit: '256kb' }));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpSwagger(app, API_DESCRIPTION);
  return app;
}
