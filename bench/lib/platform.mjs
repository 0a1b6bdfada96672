// The whole platform started for a benchmark or a drill: a Temporal dev server (its state in a file, so
// that a drill can stop and restart it), a throw-away PostgreSQL, and the worker, API and department
// simulator as processes of their own, each of which can be killed and started again.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ensureDependencies } from '../../scripts/lib/dependencies.mjs';
import { generateDepartmentSecrets, generateJwtSecret, generatePayloadKeys } from '../../scripts/lib/dev-secrets.mjs';
import { say } from '../../scripts/lib/log.mjs';
import { ROOT, build, runTool } from '../../scripts/lib/project.mjs';
import { freePort, waitFor } from '../../scripts/lib/ports.mjs';
import { ensureTemporalCli } from '../../scripts/lib/temporal-cli.mjs';
import { startTemporalDevServer, stopChild } from '../../scripts/lib/temporal-server.mjs';
import { startTemporalEngine } from '../../scripts/lib/temporal-engine.mjs';

const APPS = {
  worker: 'dist/apps/worker/src/main.js',
  // A second worker on the same task queue, for drills that kill one of two.
  'worker-2': 'dist/apps/worker/src/main.js',
  api: 'dist/apps/api/src/main.js',
  'dept-sim': 'dist/apps/department-sim/src/main.js',
};

/** Builds and starts everything; `stop()` tears it all down. Application logs go to files in the run directory. */
export async function startPlatform({ label, engine = 'dev', workers = 1, env: extraEnv = {}, nodeArgs = [], keepLogsIn } = {}) {
  ensureDependencies(ROOT);
  build();
  const { startEmbeddedPostgres } = await import('../../scripts/lib/postgres.mjs');
  const { searchAttributeCliFlags } = (await import('../../dist/libs/temporal/src/search-attributes.js')).default;
  const runDir = mkdtempSync(path.join(os.tmpdir(), `after-sales-${label}-`));
  chmodSync(runDir, 0o755);
  const cleanups = [
    () => {
      // The applications' logs outlive the run when asked for: copied before the directory goes.
      if (keepLogsIn) keepLogs(runDir, keepLogsIn);
      rmSync(runDir, { recursive: true, force: true });
    },
  ];

  const pgPort = await freePort();
  const pgDir = path.join(runDir, 'postgres');
  const startPostgres = () => startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, database: 'aftersales', persistent: true });
  let pg = await startPostgres();

  // dev: the CLI's dev server (state in a file, so that a drill can stop and restart it); server and
  // cluster: the production Temporal server on the same PostgreSQL.
  const temporalPort = await freePort();
  let temporal;
  let startTemporal;
  if (engine === 'dev') {
    const cli = await ensureTemporalCli();
    const temporalDb = path.join(runDir, 'temporal.db');
    startTemporal = () =>
      startTemporalDevServer({ cli, port: temporalPort, dbFile: temporalDb, searchAttributes: searchAttributeCliFlags(), quiet: () => true });
    temporal = await startTemporal();
  } else {
    temporal = await startTemporalEngine({ mode: engine, pgUrl: pg.url, port: temporalPort, runDir, quiet: () => true });
    startTemporal = async () => {
      await temporal.startAll();
      return temporal;
    };
  }
  const adminPassword = randomBytes(18).toString('base64url');
  const apiPort = await freePort();
  const simPort = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    DATABASE_URL: pg.url,
    TEMPORAL_ADDRESS: temporal.address,
    API_PORT: String(apiPort),
    DEPARTMENT_SIM_PORT: String(simPort),
    DEPARTMENT_BASE_URL: `http://127.0.0.1:${simPort}`,
    API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    ADMIN_PASSWORD: adminPassword,
    DATA_DIR: path.join(runDir, 'data'),
    ...generatePayloadKeys(label),
    ...generateJwtSecret(),
    ...generateDepartmentSecrets(),
    ...extraEnv,
  };
  // Workers (re)start in a second or two from a prebuilt bundle, as in production.
  env.WORKFLOW_BUNDLE_PATH = path.join(runDir, 'workflow-bundle.js');
  runTool('dist/libs/temporal/src/cli/bundle-workflows.js', { ...env }, 'Workflow bundle');
  if (engine !== 'dev') runTool('dist/libs/temporal/src/cli/setup-namespaces.js', env, 'Namespace set-up');
  runTool('dist/libs/database/src/cli/migrate.js', env, 'Database migration');
  runTool('dist/libs/database/src/cli/load-demo-data.js', env, 'Demo data');
  runTool('dist/libs/auth/src/cli/ensure-admin.js', env, 'Admin account');

  const processes = {};
  function startApp(name, override = {}) {
    const log = createWriteStream(path.join(runDir, `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, APPS[name])], { cwd: ROOT, env: { ...env, ...override }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    processes[name] = child;
    return child;
  }
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const simUrl = `http://127.0.0.1:${simPort}`;
  // The last readiness answer, for the error when the platform never becomes ready.
  let lastReadiness = 'none';
  async function workerPolling() {
    const ready = async () => {
      const answer = await fetch(`${apiUrl}/health/ready`).then((r) => r.json()).catch((error) => ({ error: error.message }));
      lastReadiness = JSON.stringify(answer).slice(0, 600);
      return answer.ready === true;
    };
    await waitFor(ready, {
      timeoutMs: 300_000,
      intervalMs: 300,
      what: 'the platform readiness check',
    });
  }
  for (const name of Object.keys(APPS)) if (name !== 'worker-2' || workers > 1) startApp(name);
  try {
    await workerPolling();
  } catch (error) {
    // A failed start stops what it started; the run directory stays, with the applications' logs.
    for (const child of Object.values(processes)) await stopChild(child, 'SIGTERM', 10_000).catch(() => undefined);
    await temporal.stop().catch(() => undefined);
    await pg.stop().catch(() => undefined);
    throw new Error(`${error.message}; last answer: ${lastReadiness}; logs in ${runDir}`);
  }

  const login = await fetch(`${apiUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const token = (await login.json()).accessToken;
  say(`Platform ready: API ${apiUrl}, Temporal ${temporal.address}, PostgreSQL ${pgPort} (logs in ${runDir})`);

  const { Client, Connection } = await import('@temporalio/client');
  const { createDataConverter } = (await import('../../dist/libs/temporal/src/codec/data-converter.js')).default;
  const { loadConfig } = (await import('../../dist/libs/config/src/index.js')).default;
  const config = loadConfig(env);
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config) });
  const { default: pgModule } = await import('pg');
  const db = new pgModule.Pool({ connectionString: pg.url, max: 4 });
  // The pool must survive PostgreSQL being stopped by a drill.
  db.on('error', () => undefined);

  return {
    runDir,
    env,
    config,
    apiUrl,
    simUrl,
    token,
    client,
    db,
    processes,
    engine,
    /** The Temporal engine's processes (server and cluster engines): kill(name), restart(name). */
    temporalEngine: engine === 'dev' ? undefined : temporal,
    /** kill -9, as a crash would. */
    async killApp(name) {
      const child = processes[name];
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
    },
    async startApp(name) {
      startApp(name);
      if (name === 'worker' || name === 'api') await workerPolling();
    },
    /** Stops an application gracefully and starts it again with some settings changed (e.g. the worker's cache). */
    async restartApp(name, override) {
      await stopChild(processes[name], 'SIGTERM', 30_000);
      startApp(name, override);
      if (name === 'worker' || name === 'api') await workerPolling();
    },
    async stopTemporal() {
      await temporal.stop();
    },
    async startTemporal() {
      temporal = await startTemporal();
    },
    async stopPostgres() {
      await pg.stop();
    },
    async startPostgres() {
      pg = await startPostgres();
    },
    async stop() {
      for (const child of Object.values(processes)) await stopChild(child, 'SIGTERM', 10_000);
      await connection.close().catch(() => undefined);
      await db.end().catch(() => undefined);
      await temporal.stop();
      await pg.stop();
      for (const cleanup of cleanups.reverse()) cleanup();
    },
  };
}

function keepLogs(runDir, dir) {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(runDir)) if (file.endsWith('.log')) copyFileSync(path.join(runDir, file), path.join(dir, file));
}
