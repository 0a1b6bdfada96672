// The production Temporal engine on this machine: the Temporal server built from its Go module, with
// PostgreSQL persistence and SQL visibility, either as one process (`server`) or as a one-machine
// cluster (`cluster`: frontend, two history, matching and worker services as processes of their own,
// so that losing one can be tested for real). The dev server (`dev`) stays in temporal-server.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipePrefixed, say } from './log.mjs';
import { freePort, isPortFree, waitFor } from './ports.mjs';
import { stopChild } from './temporal-server.mjs';
import { ensureTemporalServer, ensureTemporalUiServer } from './temporal-server-build.mjs';
import { writeServerConfig } from './temporal-server-config.mjs';

export const ENGINES = ['dev', 'server', 'cluster'];
// The names the compose file's server uses; tests pass names of their own and drop them afterwards.
const DEFAULT_DATABASES = { store: 'temporal', visibility: 'temporal_visibility', dropOnStop: false };

/** TEMPORAL_ENGINE (or `--engine NAME` in argv), validated; `dev` by default. */
export function selectedEngine(argv = process.argv) {
  const flag = argv.indexOf('--engine');
  const engine = (flag >= 0 ? argv[flag + 1] : process.env.TEMPORAL_ENGINE) || 'dev';
  if (!ENGINES.includes(engine)) throw new Error(`TEMPORAL_ENGINE must be one of ${ENGINES.join(', ')} (got "${engine}")`);
  return engine;
}

/** Host, port and credentials of a PostgreSQL URL, as the server's config and SQL tool want them. */
export function postgresParts(url) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/**
 * Creates the `temporal` and `temporal_visibility` databases on the server of `pgUrl` when missing and
 * brings both schemas to the server version's latest. Safe to run at every start.
 */
export async function prepareTemporalDatabases({ pgUrl, sql, schemaDir, databases = DEFAULT_DATABASES }) {
  const pg = postgresParts(pgUrl);
  const { default: pgModule } = await import('pg');
  const admin = new pgModule.Client({ connectionString: pgUrl });
  await admin.connect();
  const missingSchema = [];
  try {
    for (const database of [databases.store, databases.visibility]) {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
      const db = new pgModule.Client({ ...pg, database });
      await db.connect();
      try {
        const versioned = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_version'`);
        if (versioned.rowCount === 0) missingSchema.push(database);
      } finally {
        await db.end();
      }
    }
  } finally {
    await admin.end();
  }
  const env = { ...process.env, SQL_PLUGIN: 'postgres12', SQL_HOST: pg.host, SQL_PORT: String(pg.port), SQL_USER: pg.user, SQL_PASSWORD: pg.password };
  const run = (database, args) => {
    const result = spawnSync(sql, ['--db', database, ...args], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Temporal schema tool (${database} ${args[0]}) failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
  };
  for (const [database, folder] of [[databases.store, 'temporal'], [databases.visibility, 'visibility']]) {
    if (missingSchema.includes(database)) run(database, ['setup-schema', '-v', '0.0']);
    run(database, ['update-schema', '-d', path.join(schemaDir, folder, 'versioned')]);
  }
  return { created: missingSchema };
}

async function dropDatabases(pgUrl, names) {
  const { default: pgModule } = await import('pg');
  const admin = new pgModule.Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

// The server stores membership ports in a smallint column: they must stay below 32768, out of the
// kernel's ephemeral range that freePort() draws from.
const taken = new Set();
async function membershipPort() {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (!taken.has(port) && (await isPortFree(port))) {
      taken.add(port);
      return port;
    }
  }
}

async function servicePorts({ frontendPort } = {}) {
  return { grpc: frontendPort ?? (await freePort()), membership: await membershipPort(), http: await freePort() };
}

/**
 * Starts the engine and returns `{ address, processes, stop, kill(name), restart(name), metricsPorts }`.
 * @param {object} o
 * @param {'server'|'cluster'} o.mode
 * @param {string} o.pgUrl a PostgreSQL URL whose user may create databases
 * @param {number} o.port the frontend's gRPC port
 * @param {string} o.runDir where config files go
 * @param {() => boolean} [o.quiet] while true the servers' output is not shown
 */
export async function startTemporalEngine({ mode, pgUrl, databases = DEFAULT_DATABASES, port, runDir, quiet }) {
  const tools = await ensureTemporalServer();
  const started = Date.now();
  const { created } = await prepareTemporalDatabases({ pgUrl, sql: tools.sql, schemaDir: tools.schemaDir, databases });
  if (created.length) say(`Temporal databases ${created.join(', ')} created on PostgreSQL, schemas applied`);
  const root = path.join(runDir, 'temporal-server');
  mkdirSync(root, { recursive: true });
  const pg = postgresParts(pgUrl);
  const processes = {};
  const metricsPorts = {};
  // The last fatal line of each process, to say why the engine did not come up.
  const fatal = {};
  let layout;
  function launch(spec) {
    const args = ['--root', root, '--config', 'config', '--env', spec.name, '--allow-no-auth', 'start'];
    for (const service of spec.services) args.push('--service', service);
    const child = spawn(tools.server, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    pipePrefixed(child, 'temporal', {
      filter: (line) => {
        if (/"level":"fatal"|^panic|^Unable|[Ee]rror:/.test(line) && !/"level":"(error|warn|info)"/.test(line)) fatal[spec.name] = line.match(/"msg":"([^"]*)".*?"error":"([^"]*)"/)?.slice(1).join(': ') ?? line.slice(0, 300);
        return !quiet?.() && /"level":"(error|fatal)"|^panic/.test(line);
      },
    });
    processes[spec.name] = child;
    return child;
  }
  const address = `127.0.0.1:${port}`;
  // A port chosen free can be taken by another program before the server binds it (tests run in
  // parallel here): a process that exits during start-up is retried with fresh ports.
  for (let attempt = 1; ; attempt++) {
    layout = await processLayout(mode, port);
    for (const spec of layout) {
      metricsPorts[spec.name] = await freePort();
      writeServerConfig({ root, env: spec.name, pg, databases, services: spec.ports, metricsPort: metricsPorts[spec.name] });
    }
    // History first: the frontend answers health checks before it can place workflows.
    for (const spec of [...layout.filter((s) => s.name !== 'frontend'), ...layout.filter((s) => s.name === 'frontend')]) launch(spec);
    try {
      await waitForFrontend(address, 90_000, () => {
        const gone = Object.entries(processes).find(([, child]) => child.exitCode !== null || child.signalCode !== null);
        if (gone) throw new Error(`Temporal ${gone[0]} process exited during start-up: ${fatal[gone[0]] ?? `exit ${gone[1].exitCode ?? gone[1].signalCode}`}`);
      });
      break;
    } catch (error) {
      await Promise.all(Object.values(processes).map((child) => stopChild(child, 'SIGKILL', 1000)));
      if (attempt >= 3) throw error;
      say(`${error.message}; starting again (attempt ${attempt + 1} of 3)`);
    }
  }
  say(`Temporal server ${mode === 'cluster' ? `cluster (${layout.map((s) => s.name).join(', ')})` : '(one process)'} on PostgreSQL up on ${address} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const byName = Object.fromEntries(layout.map((s) => [s.name, s]));
  return {
    address,
    processes,
    metricsPorts,
    /** SIGKILLs one process (a drill); resolves once it is gone. */
    kill: (name) => stopChild(processes[name], 'SIGKILL', 1000),
    /** Starts a stopped process again with the same config. */
    restart: async (name) => {
      launch(byName[name]);
      if (name === 'frontend' || name === 'server') await waitForFrontend(address, 90_000);
    },
    /** Starts every process again after `stop()` (a drill that stops the whole engine). */
    startAll: async () => {
      for (const spec of layout) if (processes[spec.name].exitCode !== null || processes[spec.name].signalCode !== null) launch(spec);
      await waitForFrontend(address, 90_000);
    },
    stop: async () => {
      // Frontend first, so that clients stop sending work; then the rest together.
      if (processes.frontend) await stopChild(processes.frontend, 'SIGTERM', 10_000);
      await Promise.all(Object.values(processes).map((child) => stopChild(child, 'SIGTERM', 10_000)));
      if (databases.dropOnStop) await dropDatabases(pgUrl, [databases.store, databases.visibility]);
    },
  };
}

/** Each process: the services it runs, and the ports it binds (the others are found through membership). */
async function processLayout(mode, frontendPort) {
  const frontend = await servicePorts({ frontendPort });
  const matching = await servicePorts();
  const worker = await servicePorts();
  const history = [await servicePorts(), await servicePorts()];
  if (mode !== 'cluster') return [{ name: 'server', services: ['frontend', 'history', 'matching', 'worker'], ports: { frontend, history: history[0], matching, worker } }];
  return [
    { name: 'frontend', services: ['frontend'], ports: { frontend, history: history[0], matching, worker } },
    { name: 'history-1', services: ['history'], ports: { frontend, history: history[0], matching, worker } },
    { name: 'history-2', services: ['history'], ports: { frontend, history: history[1], matching, worker } },
    { name: 'matching', services: ['matching'], ports: { frontend, history: history[0], matching, worker } },
    { name: 'worker', services: ['worker'], ports: { frontend, history: history[0], matching, worker } },
  ];
}

async function waitForFrontend(address, timeoutMs, checkAlive = () => undefined) {
  const { Connection } = await import('@temporalio/client');
  let failure;
  await waitFor(
    async () => {
      try {
        checkAlive();
      } catch (error) {
        failure = error;
        return true;
      }
      const connection = await Connection.connect({ address, connectTimeout: '2s' });
      try {
        const health = await connection.healthService.check({});
        return health.status === 1; // SERVING
      } finally {
        await connection.close();
      }
    },
    { timeoutMs, intervalMs: 500, what: `the Temporal frontend on ${address}` },
  );
  if (failure) throw failure;
}

/**
 * The Temporal Web UI for the engine, built from its Go module, with the platform's codec endpoint so that
 * signed-in supervisors see payloads in clear. Returns `{ url, stop }`.
 */
export async function startTemporalUi({ address, port, codecEndpoint, runDir, quiet }) {
  const binary = await ensureTemporalUiServer();
  const root = path.join(runDir, 'temporal-ui');
  mkdirSync(path.join(root, 'config'), { recursive: true });
  writeFileSync(
    path.join(root, 'config', 'platform.yaml'),
    `temporalGrpcAddress: ${address}
port: ${port}
enableUi: true
defaultNamespace: default
cors:
  cookieInsecure: true
codec:
  endpoint: ${codecEndpoint ?? ''}
  includeCredentials: ${codecEndpoint ? 'true' : 'false'}
`,
  );
  const child = spawn(binary, ['--root', root, '--config', 'config', '--env', 'platform', 'start'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // It logs every HTTP request; only server errors say something to an operator.
  pipePrefixed(child, 'temporal', { filter: (line) => !quiet?.() && /"status":5\d\d|"level":"(error|fatal)"|panic/.test(line) });
  const url = `http://localhost:${port}`;
  await waitFor(async () => (await fetch(url)).ok, { timeoutMs: 30_000, what: `the Temporal Web UI on ${url}` });
  return { url, stop: () => stopChild(child, 'SIGTERM', 5000) };
}
