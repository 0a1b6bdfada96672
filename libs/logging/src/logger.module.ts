import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import type { AppConfig } from '@libs/config';
import { pathOnly, redactLogFields, redactText } from './redaction';
import { ensureRequestId } from './request-id';

/** pino options shared by every process: JSON lines by default, one readable line per entry when pretty. */
export function pinoOptions(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>, service: string) {
  return {
    level: config.LOG_LEVEL,
    base: { service },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'taskToken'], censor: '[redacted]' },
    // No personal data or credential reaches a log: fields by name, free text by pattern (redaction.ts).
    // `req` and `res` are left to their serializers, which keep only safe parts.
    formatters: {
      log: (object: Record<string, unknown>) => redactLogFields(object, ['req', 'res']),
    },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)));
      },
    },
    ...(config.LOG_FORMAT === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { singleLine: true, colorize: false, ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss.l' } } }
      : {}),
  };
}

/** HTTP logging with a request id taken from `X-Request-Id` or made up, echoed in the response. */
export function httpLoggerModule(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>, service: string) {
  return PinoLoggerModule.forRoot({
    pinoHttp: {
      ...pinoOptions(config, service),
      genReqId: (req: IncomingMessage, res: ServerResponse) => ensureRequestId(req, res),
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Probes would drown the log; their answers are in the response bodies.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/health/ready' },
      serializers: {
        // The path only: query strings carry search terms (names, phone numbers).
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: pathOnly(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
