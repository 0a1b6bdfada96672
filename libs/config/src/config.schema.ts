import { z } from 'zod';
// Relative, not an alias: jest's global setup loads this file without the module mapper.
import { payloadKeyRules } from '../../temporal/src/codec/payload-keys';
import { parseDepartmentSecrets } from '../../departments/src/secrets';
import { isValidTrustedProxyList } from './trusted-proxies';

const port = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .default(fallback);

const url = (protocols: string[], fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const hostPort = z
  .string()
  .regex(/^[^\s:/]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:7233');

/**
 * Every environment variable the platform reads, with its default.
 * `.env.example` documents the same list; a test keeps the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),

  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port(3000),
  DEPARTMENT_SIM_PORT: port(3100),
  /** Requests the API handles at once; more wait in line (a burst queues instead of failing). */
  API_MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(32),
  /** Requests waiting in line; beyond it the API answers 503 with Retry-After. */
  API_MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(5000),
  /** Longest wait in line before the API answers 503 with Retry-After. */
  API_QUEUE_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),

  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://postgres:postgres@127.0.0.1:5488/aftersales'),
  /**
   * Connections per process. An intake holds its connection until Temporal has accepted the workflow, so
   * the API's write lane alone (32) could take a pool of 20 and leave the reads waiting for one: 48 leaves
   * the read lane room. PostgreSQL must allow every process's pool (docker-compose.yml sets 300).
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(48),
  /** How long a query waits for a free connection before it fails (and is retried by an activity or answered 503). */
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),

  TEMPORAL_ADDRESS: hostPort.default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('after-sales'),
  TEMPORAL_UI_URL: url(['http:', 'https:'], 'http://localhost:8233'),
  /**
   * More origins that may call the codec endpoints, comma-separated (e.g. a UI behind a proxy). The
   * Temporal UI's own origin is always admitted, at both localhost and 127.0.0.1.
   */
  CODEC_CORS_ORIGINS: z
    .string()
    .refine((v) => v.split(',').every((o) => !o.trim() || /^https?:\/\/[^/\s]+$/.test(o.trim())), 'must be comma-separated origins like https://temporal.example.com')
    .default(''),
  /**
   * Keys of the payload codec that encrypts customer data in Temporal: `kid:base64key` pairs. No default:
   * required in production; elsewhere `npm start` and `npm test` provide them. Checked by the rules
   * below, which never print the value.
   */
  PAYLOAD_ENCRYPTION_KEYS: z.string().optional(),
  /** Key id that encrypts new payloads; one of PAYLOAD_ENCRYPTION_KEYS. */
  PAYLOAD_ENCRYPTION_ACTIVE_KEY: z.string().optional(),

  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(1000),
  /** Workflow tasks the worker runs at once (each holds its slot while its local activities run). */
  WORKER_MAX_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(2000).default(100),
  /** At most this many workflow-task polls open at once; the SDK scales between 2 and this with the backlog. */
  WORKER_MAX_WORKFLOW_TASK_POLLS: z.coerce.number().int().min(2).max(200).default(20),
  /**
   * Threads that run workflow code; cached workflows are spread across them. One by default: a second
   * takes deadlines up faster but, on a machine the worker shares with the API, slows intake.
   */
  WORKER_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  /**
   * Seconds a cached case's next task waits for this worker (which holds the case in memory) before any
   * worker may take it. Longer keeps deadlines in order through a burst (a task that times out waits
   * again in the shared queue, behind later ones); shorter recovers sooner from a dead worker (at 120 s,
   * a refund whose worker was killed mid-call did not finish within 40 s; at 10 s it does).
   */
  WORKER_STICKY_QUEUE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /**
   * `on` keeps the SDK's stack trace of every promise workflow code creates, for the Temporal UI's
   * "Stack Trace" tab; it costs about half of the workflow threads' CPU. `off` (default): the tab says
   * stack traces are not enabled; state, details, pending timers and activities show as before.
   */
  WORKER_WORKFLOW_STACK_TRACES: z.enum(['on', 'off']).default('off'),
  /**
   * `off` runs the SDK's workflow threads exactly as the SDK sets them up (its per-call 5 s limit, stack
   * traces on): for comparing, or should an SDK upgrade change what the lean threads rely on.
   */
  WORKER_LEAN_WORKFLOW_THREADS: z.enum(['on', 'off']).default('on'),
  /**
   * A workflow thread that answers nothing for this many seconds while workflow tasks wait for it runs
   * workflow code that never yields: the worker says so and exits, to be restarted. (It replaces the
   * SDK's per-call 5 s limit, whose watchdog thread per call cost about 0.2 ms of CPU a call: a
   * quarter to a third of what replaying a complaint's history took.)
   */
  WORKER_WORKFLOW_STALL_SECONDS: z.coerce.number().int().min(2).max(3600).default(30),
  /** The worker's Prometheus endpoint (`/metrics`); the SDK's own metrics use the next port, on loopback. Unset: none. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65534, 'must be a port number from 1 to 65534').optional(),
  /** When set, `GET /metrics` on the API wants it as a bearer token. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * OTLP/HTTP collector (e.g. `http://localhost:4318`): when set, the API and the worker export traces
   * (HTTP requests, workflow starts and updates, workflow runs, activities) to `<endpoint>/v1/traces`.
   * Unset (the default): no tracing is set up at all.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url('must be a URL such as http://localhost:4318').optional(),
  /** The `service.name` of the process's spans; defaults to after-sales-api / after-sales-worker. */
  OTEL_SERVICE_NAME: z.string().min(1).max(100).optional(),
  /** Prebuilt workflow bundle (production images); without it the worker bundles at start-up. */
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),

  /** Signs staff access tokens (HS256); at least 32 characters. Required in production. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(480),
  /** Password of the `admin` account created on first start; when unset one is generated and printed once. */
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Sign-in attempts per minute for one username from one address, counted in PostgreSQL (shared by every API replica). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /**
   * Reverse proxies whose `X-Forwarded-For` names the client: comma-separated addresses, CIDR ranges or
   * `loopback`, `linklocal`, `uniquelocal`. Unset: no proxy is trusted and the client is the socket's address.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine(isValidTrustedProxyList, 'must be comma-separated IP addresses, CIDR ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal'),

  /**
   * Shared secrets that sign department requests and answers (HMAC-SHA256): `department:secret` pairs,
   * each secret at least 32 characters. No default: required in production; elsewhere `npm start` and
   * `npm test` provide them. Unset, department requests are refused and callbacks answer 503.
   */
  DEPARTMENT_SECRETS: z.string().optional(),
  /** Where the departments' systems listen (the simulator by default). */
  DEPARTMENT_BASE_URL: url(['http:', 'https:'], 'http://127.0.0.1:3100'),
  /** The API's address as departments reach it; callback URLs are built from it. */
  API_PUBLIC_URL: url(['http:', 'https:'], 'http://localhost:3000'),

  /**
   * Where the SMS and e-mail channel adapters post customer and staff messages (F-6, F-7, F-8, F-10).
   * Unset (development), messages stay in the notification outbox, which `GET /outbox` lists.
   */
  NOTIFICATION_GATEWAY_URL: z
    .string()
    .optional()
    .refine((value) => {
      if (value === undefined) return true;
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'must be a URL starting with http:// or https://'),
  /**
   * The follow-up Schedules (tier-2 monthly, tier-3 quarterly, daily care) are created at worker
   * start-up in this state. Unset: `active`, except under NODE_ENV=test, where a run must never start
   * on its own in the middle of a test suite (tests trigger runs themselves).
   */
  FOLLOW_UP_SCHEDULES: z.enum(['active', 'paused']).optional(),

  /**
   * Where case attachments live (L-2, C-14): `postgres` (a bytea table, the default: nothing to install),
   * `files` (under ATTACHMENT_DIR) or `s3` (an S3-compatible object store, S3_* below; its bucket is created by the operator).
   */
  ATTACHMENT_STORE: z.enum(['postgres', 'files', 's3']).default('postgres'),
  /** The folder of the `files` store. */
  ATTACHMENT_DIR: z.string().min(1).default('.data/attachments'),
  /** Largest file an upload may carry, in bytes (10 MiB). */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** The S3-compatible endpoint of the `s3` store, e.g. https://s3.example.internal (path-style requests: no bucket in it). */
  S3_ENDPOINT: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), 'must be a URL starting with http:// or https://'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** L-2: how long staff have to attach a claim's missing documents before the claim is escalated unsent (3 days). */
  DAMAGE_CLAIM_DOCUMENTS_SECONDS: z.coerce.number().int().min(1).max(90 * 86_400).default(3 * 86_400),
  /** L-2: the region of the warehouse that return parcels travel to: a return parcel's destination region in a claim. */
  RETURN_WAREHOUSE_REGION: z.string().min(1).default('浙江省杭州市'),

  // Read by `npm start` only: the local development stack.
  /** dev (the CLI's dev server) | server (the Temporal server on PostgreSQL) | cluster (the same, one process per service). */
  TEMPORAL_ENGINE: z.enum(['dev', 'server', 'cluster']).default('dev'),
  TEMPORAL_UI_PORT: port(8233),
  EMBEDDED_POSTGRES_PORT: port(5488),
  DATA_DIR: z.string().min(1).default('.data'),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Rules that span variables; checked after each variable is valid on its own. */
export const configRules: Array<{ variable: keyof AppConfig; check: (c: AppConfig) => boolean; message: string }> = [
  { variable: 'JWT_SECRET', check: (c) => c.NODE_ENV !== 'production' || !!c.JWT_SECRET, message: 'is required in production' },
  { variable: 'PAYLOAD_ENCRYPTION_KEYS', check: (c) => c.NODE_ENV !== 'production' || !!c.PAYLOAD_ENCRYPTION_KEYS, message: 'is required in production' },
  { variable: 'PAYLOAD_ENCRYPTION_ACTIVE_KEY', check: (c) => c.NODE_ENV !== 'production' || !!c.PAYLOAD_ENCRYPTION_ACTIVE_KEY, message: 'is required in production' },
  ...payloadKeyRules<AppConfig>(),
  { variable: 'DEPARTMENT_SECRETS', check: (c) => c.NODE_ENV !== 'production' || !!c.DEPARTMENT_SECRETS, message: 'is required in production' },
  ...(['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).map((variable) => ({
    variable,
    check: (c: AppConfig) => c.ATTACHMENT_STORE !== 's3' || !!c[variable],
    message: 'is required when ATTACHMENT_STORE=s3',
  })),

  {
    variable: 'DEPARTMENT_SECRETS',
    check: (c) => !c.DEPARTMENT_SECRETS || 'secrets' in parseDepartmentSecrets(c.DEPARTMENT_SECRETS),
    message: 'must be department:secret pairs (courier, finance, quality, sales), each secret at least 32 characters',
  },
];
