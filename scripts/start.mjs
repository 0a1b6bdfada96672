#!/usr/bin/env node
// `npm start`: the whole platform on this machine. Installs what is missing, starts Temporal (dev server
// + Web UI) and PostgreSQL unless TEMPORAL_ADDRESS / DATABASE_URL point elsewhere, migrates, loads demo
// data once, runs worker, API and department simulator, and stops all of it on Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies } from './lib/dependencies.mjs';
import { generateDepartmentSecrets, generateJwtSecret, generatePayloadKeys, persistentDevSecrets } from './lib/dev-secrets.mjs';
import { say, fail, pipePrefixed } from './lib/log.mjs';
import { ROOT, build, resolvedConfig, runTool } from './lib/project.mjs';
import { isPortFree, waitFor } from './lib/ports.mjs';
import { ensureTemporalCli } from './lib/temporal-cli.mjs';
import { startTemporalDevServer, stopChild } from './lib/temporal-server.mjs';
import { selectedEngine, startTemporalEngine, startTemporalUi } from './lib/temporal-engine.mjs';

// Nest lists every module and route at boot; useful in JSON logs, noise on a developer's console.
const NEST_BOOT_CHATTER = /"context":"(InstanceLoader|RoutesResolver|RouterExplorer)"/;

// The terminal sends Ctrl-C to its whole foreground process group. The supervisor below runs in a
// group of its own, so that only it decides the order of shutdown: applications, then Temporal,
// then PostgreSQL. This foreground launcher forwards the signals.
if (!process.env.AFTER_SALES_SUPERVISOR) {
  const supervisor = spawn(process.execPath, [new URL(import.meta.url).pathname, ...process.argv.slice(2)], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, AFTER_SALES_SUPERVISOR: '1' },
  });
  let interrupts = 0;
  const forward = (signal) => {
    interrupts += 1;
    if (interrupts > 1) process.kill(-supervisor.pid, 'SIGKILL');
    else supervisor.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  supervisor.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
} else {
  await supervise();
}

async function supervise() {
  const startedAt = Date.now();
  const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(1);
  if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));

  ensureDependencies(ROOT);
  const { startEmbeddedPostgres } = await import('./lib/postgres.mjs');
  build();
  const { searchAttributeCliFlags: flags } = (await import('../dist/libs/temporal/src/search-attributes.js')).default;

  const env = { ...process.env, LOG_FORMAT: process.env.LOG_FORMAT || 'pretty' };
  const config = resolvedConfig(env);
  const externalTemporal = Boolean(process.env.TEMPORAL_ADDRESS);
  // dev: the Temporal CLI's dev server (SQLite); server / cluster: the production server on PostgreSQL.
  const engine = selectedEngine();
  const externalDatabase = Boolean(process.env.DATABASE_URL);
  const dataDir = path.resolve(ROOT, config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  // Customer data in Temporal payloads is encrypted. Unless .env or the environment sets the keys, a
  // development key is kept in DATA_DIR, so that the local history stays readable across restarts.
  if (!env.PAYLOAD_ENCRYPTION_KEYS) {
    const keyId = `dev-${new Date().toISOString().slice(0, 10)}`;
    Object.assign(env, persistentDevSecrets(path.join(dataDir, 'dev-secrets.json'), () => generatePayloadKeys(keyId)));
  }
  // Kept too, so that staff stay signed in across restarts.
  if (!env.JWT_SECRET) Object.assign(env, persistentDevSecrets(path.join(dataDir, 'dev-secrets.json'), generateJwtSecret));
  // Shared by the API, the worker and the simulator, which plays the departments.
  if (!env.DEPARTMENT_SECRETS) Object.assign(env, persistentDevSecrets(path.join(dataDir, 'dev-secrets.json'), generateDepartmentSecrets));

  const cleanups = [];
  let stopping = false;

  async function shutdown(code, reason) {
    if (stopping) return;
    stopping = true;
    if (reason) say(reason);
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => fail(`while stopping: ${error.message}`));
    }
    say('Stopped.');
    process.exit(code);
  }
  process.on('SIGINT', () => (stopping ? process.exit(130) : shutdown(0, 'Stopping (Ctrl-C again to force) ...')));
  process.on('SIGTERM', () => shutdown(0, 'Stopping ...'));
  process.on('uncaughtException', (error) => shutdown(1, `Supervisor error: ${error.stack ?? error.message}`));

  async function requireFreePort(port, variable) {
    if (!(await isPortFree(port))) {
      fail(`Port ${port} is already in use (${variable}). Stop what uses it or set ${variable} to a free port.`);
      await shutdown(78);
    }
  }

  try {
    const temporalPort = Number(config.TEMPORAL_ADDRESS.split(':').pop());
    if (!externalTemporal) {
      await requireFreePort(temporalPort, 'TEMPORAL_ADDRESS');
      await requireFreePort(config.TEMPORAL_UI_PORT, 'TEMPORAL_UI_PORT');
    }
    if (!externalDatabase) await requireFreePort(config.EMBEDDED_POSTGRES_PORT, 'EMBEDDED_POSTGRES_PORT');
    await requireFreePort(config.API_PORT, 'API_PORT');
    await requireFreePort(config.DEPARTMENT_SIM_PORT, 'DEPARTMENT_SIM_PORT');

    const databaseReady = (async () => {
      if (externalDatabase) {
        say('Using the PostgreSQL database at DATABASE_URL');
        return config.DATABASE_URL;
      }
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
        database: 'aftersales',
        persistent: true,
      });
      cleanups.push(pg.stop);
      say(`PostgreSQL ${pg.fresh ? 'initialised and ' : ''}up on port ${config.EMBEDDED_POSTGRES_PORT} (data in ${path.relative(ROOT, dataDir)}/postgres)`);
      return pg.url;
    })();

    const codecEndpoint = `http://localhost:${config.API_PORT}/codec`;
    let uiUrl = externalTemporal ? config.TEMPORAL_UI_URL : `http://localhost:${config.TEMPORAL_UI_PORT}`;
    const temporalReady = (async () => {
      if (externalTemporal) {
        say(`Using the Temporal cluster at ${config.TEMPORAL_ADDRESS} (TEMPORAL_ADDRESS)`);
        return;
      }
      if (engine !== 'dev') {
        // The production engine keeps its state in PostgreSQL, next to the platform's own database.
        const engineProcess = await startTemporalEngine({
          mode: engine,
          pgUrl: await databaseReady,
          port: temporalPort,
          runDir: path.join(dataDir, `temporal-${engine}`),
          quiet: () => stopping,
        });
        cleanups.push(engineProcess.stop);
        runTool('dist/libs/temporal/src/cli/setup-namespaces.js', { ...env, DATABASE_URL: await databaseReady, TEMPORAL_ADDRESS: engineProcess.address }, 'Namespace set-up');
        const ui = await startTemporalUi({ address: engineProcess.address, port: config.TEMPORAL_UI_PORT, codecEndpoint, runDir: path.join(dataDir, `temporal-${engine}`), quiet: () => stopping }).catch((error) => {
          say(`The Temporal Web UI did not start (${error.message}); the API and the CLI work without it.`);
          uiUrl = '(not running)';
          return null;
        });
        if (ui) cleanups.push(ui.stop);
        return;
      }
      const cli = await ensureTemporalCli();
      const server = await startTemporalDevServer({
        cli,
        port: temporalPort,
        uiPort: config.TEMPORAL_UI_PORT,
        dbFile: path.join(dataDir, 'temporal.db'),
        searchAttributes: flags(),
        // The UI shows encrypted payloads in clear through the API's codec endpoints.
        codecEndpoint,
        // Its shutdown warnings (pollers losing their connection) say nothing to a developer.
        quiet: () => stopping,
      });
      cleanups.push(server.stop);
      say(`Temporal dev server up on ${server.address} (state in ${path.relative(ROOT, dataDir)}/temporal.db)`);
    })();

    const [databaseUrl] = await Promise.all([databaseReady, temporalReady]);
    const childEnv = {
      // Unless set, the departments are the local simulator and answer to the local API.
      DEPARTMENT_BASE_URL: `http://127.0.0.1:${config.DEPARTMENT_SIM_PORT}`,
      API_PUBLIC_URL: `http://localhost:${config.API_PORT}`,
      WORKER_METRICS_PORT: '9464',
      ...env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
    };
    runTool('dist/libs/database/src/cli/migrate.js', childEnv, 'Database migration');
    if (externalTemporal) runTool('dist/libs/temporal/src/cli/setup-search-attributes.js', childEnv, 'Search attribute registration');
    runTool('dist/libs/database/src/cli/load-demo-data.js', childEnv, 'Demo data');
    runTool('dist/libs/auth/src/cli/ensure-admin.js', childEnv, 'Admin account');

    for (const [name, entry] of [
      ['worker', 'dist/apps/worker/src/main.js'],
      ['api', 'dist/apps/api/src/main.js'],
      ['dept-sim', 'dist/apps/department-sim/src/main.js'],
    ]) {
      const child = spawn(process.execPath, ['--enable-source-maps', path.join(ROOT, entry)], {
        cwd: ROOT,
        env: childEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      pipePrefixed(child, name, { filter: (line) => !NEST_BOOT_CHATTER.test(line) });
      child.on('exit', (code, signal) => {
        if (!stopping) shutdown(1, `${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
      });
      // Applications stop before the servers they depend on.
      cleanups.push(() => stopChild(child, 'SIGTERM', 15_000));
    }

    const apiUrl = `http://localhost:${config.API_PORT}`;
    let lastStatus = '';
    await waitFor(
      async () => {
        const response = await fetch(`${apiUrl}/health/ready`);
        const body = await response.json();
        lastStatus = Object.entries(body)
          .filter(([k]) => k !== 'ready')
          .map(([k, v]) => `${k}: ${v.up ? 'up' : v.detail}`)
          .join(', ');
        return body.ready === true;
      },
      { timeoutMs: 120_000, intervalMs: 500, what: `the API readiness check (${apiUrl}/health/ready)` },
    ).catch((error) => {
      throw new Error(`${error.message}${lastStatus ? ` — last answer: ${lastStatus}` : ''}`);
    });

    say('');
    say(`ready in ${seconds()} s (Temporal engine: ${externalTemporal ? 'external cluster' : engine})`);
    say(`  API                   ${apiUrl}`);
    say(`  Swagger               ${apiUrl}/docs`);
    say(`  Temporal UI           ${uiUrl}`);
    say(`  Department simulator  http://localhost:${config.DEPARTMENT_SIM_PORT}`);
    say(`  Metrics               ${apiUrl}/metrics, http://localhost:${childEnv.WORKER_METRICS_PORT}/metrics (worker)`);
    say('Press Ctrl-C to stop.');
  } catch (error) {
    fail(error.message);
    await shutdown(1);
  }
}
