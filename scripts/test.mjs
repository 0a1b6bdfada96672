#!/usr/bin/env node
// `npm test`: installs what is missing, starts a throw-away Temporal dev server, PostgreSQL and an
// S3-compatible object store on free ports (never touching .data/), runs every jest suite, tears
// everything down, and exits with jest's code.
// Extra arguments go to jest, e.g. `npm test -- libs/domain`.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDependencies } from './lib/dependencies.mjs';
import { generateDepartmentSecrets, generateJwtSecret, generatePayloadKeys } from './lib/dev-secrets.mjs';
import { say, fail } from './lib/log.mjs';
import { ROOT, build, runTool } from './lib/project.mjs';
import { freePort } from './lib/ports.mjs';
import { ensureTemporalCli } from './lib/temporal-cli.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { startTemporalDevServer } from './lib/temporal-server.mjs';
import { selectedEngine, startTemporalEngine } from './lib/temporal-engine.mjs';
import { ensureS3Server, startS3Server } from './lib/s3-server.mjs';

// Each test suite claims a namespace of its own, so that case numbers and workflow ids never collide.
const TEST_NAMESPACES = Array.from({ length: 128 }, (_, i) => `test-${String(i + 1).padStart(2, '0')}`);

const startedAt = Date.now();
// dev (default): the CLI's dev server in memory; server / cluster: the production server on PostgreSQL.
const engine = selectedEngine([]);
ensureDependencies(ROOT);
const { startEmbeddedPostgres, createScratchDatabase } = await import('./lib/postgres.mjs');
build();
// The contract: the committed client is current, compiles under --strict, and Spectral finds no error.
if (spawnSync(process.execPath, [path.join(ROOT, 'scripts/api-client.mjs'), '--check', '--no-build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) {
  fail('The API contract check failed; see above.');
  process.exit(1);
}
// Swagger UI is tested in Debian's Chromium; installed here when missing and possible.
const chromium = ensureChromium();
const { searchAttributeCliFlags } = (await import('../dist/libs/temporal/src/search-attributes.js')).default;
const { signRequest } = (await import('../dist/libs/attachments/src/stores/sigv4.js')).default;

const runDir = mkdtempSync(path.join(os.tmpdir(), 'after-sales-test-'));
// As root, PostgreSQL runs as the `postgres` user, which must be able to enter this directory.
chmodSync(runDir, 0o755);
const cleanups = [() => rmSync(runDir, { recursive: true, force: true })];
let exitCode = 1;
try {
  // The type check and lint run while the servers start, so they cost little wall time.
  const checks = ['typecheck', 'lint'].map((script) => ({ script, child: spawn('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' }) }));

  const databaseReady = (async () => {
    const name = `aftersales_test_${process.pid}`;
    if (process.env.DATABASE_URL) {
      const db = await createScratchDatabase(process.env.DATABASE_URL, name);
      cleanups.push(db.drop);
      say(`Test database ${name} on the DATABASE_URL server`);
      return db.url;
    }
    // A free port can be taken by a server starting beside it (the Temporal dev server picks ports of
    // its own) before PostgreSQL binds it: then another free port, up to three times.
    const startOnFreePort = async (attempt = 1) => {
      try {
        return await startEmbeddedPostgres({ dataDir: path.join(runDir, 'postgres'), port: await freePort(), database: name, persistent: false });
      } catch (error) {
        if (attempt >= 3 || !/in use/i.test(error?.message ?? '')) throw error;
        say(`PostgreSQL's port was taken meanwhile; trying another (${attempt + 1} of 3)`);
        return startOnFreePort(attempt + 1);
      }
    };
    const pg = await startOnFreePort();
    cleanups.push(pg.stop);
    say(`PostgreSQL (throw-away) on ${new URL(pg.url).port}`);
    return pg.url;
  })();

  const temporalReady = (async () => {
    if (process.env.TEMPORAL_ADDRESS) {
      say('TEMPORAL_ADDRESS is ignored by tests: they fill namespaces of their own on a dev server they start.');
    }
    if (engine !== 'dev') {
      // The production server on PostgreSQL: its databases go on the tests' PostgreSQL server.
      const server = await startTemporalEngine({
        mode: engine,
        pgUrl: await databaseReady,
        databases: { store: `temporal_test_${process.pid}`, visibility: `temporal_visibility_test_${process.pid}`, dropOnStop: true },
        port: await freePort(),
        runDir,
        quiet: () => true,
      });
      cleanups.push(server.stop);
      runTool(
        'dist/libs/temporal/src/cli/setup-namespaces.js',
        { ...process.env, ...generatePayloadKeys('setup'), ...generateJwtSecret(), NODE_ENV: 'test', DATABASE_URL: await databaseReady, TEMPORAL_ADDRESS: server.address, TEMPORAL_NAMESPACES: TEST_NAMESPACES.join(','), TEMPORAL_RETENTION_DAYS: '1' },
        'Namespace set-up',
      );
      return server.address;
    }
    const server = await startTemporalDevServer({
      cli: await ensureTemporalCli(),
      port: await freePort(),
      searchAttributes: searchAttributeCliFlags(),
      namespaces: TEST_NAMESPACES,
      quiet: () => true,
    });
    cleanups.push(server.stop);
    say(`Temporal dev server (in memory) on ${server.address}`);
    return server.address;
  })();

  // The `s3` attachment store's suite runs against it (test/e2e/attachments-s3.spec.ts).
  const s3Ready = (async () => {
    // Its errors are shown (a refused write says why there); the rest, and the STS notice of a gateway
    // without an STS key (the tests use none), are not.
    const quiet = (line) => !/^E\d{4}/.test(line) || /no signing key found for STS/.test(line);
    const server = await startS3Server({ binary: await ensureS3Server(), dataDir: path.join(runDir, 's3'), signRequest, quiet });
    cleanups.push(server.stop);
    say(`S3 test server (SeaweedFS) on ${server.endpoint}`);
    return server;
  })();

  const [temporalAddress, databaseUrl, s3] = await Promise.all([temporalReady, databaseReady, s3Ready]);
  for (const { script, child } of checks) {
    const code = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
    if (code !== 0) throw new Error(`npm run ${script} failed; see the errors above.`);
  }
  say(`Infrastructure ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; running jest`);

  const jest = spawn(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      // Refusals (4xx) are what the tests provoke; only errors are worth a line.
      LOG_LEVEL: process.env.LOG_LEVEL || 'error',
      LOG_FORMAT: 'pretty',
      TEMPORAL_ADDRESS: temporalAddress,
      DATABASE_URL: databaseUrl,
      TEST_NAMESPACES: TEST_NAMESPACES.join(','),
      TEST_RUN_DIR: runDir,
      S3_TEST_ENDPOINT: s3.endpoint,
      S3_TEST_REGION: s3.region,
      S3_TEST_ACCESS_KEY_ID: s3.accessKeyId,
      S3_TEST_SECRET_ACCESS_KEY: s3.secretAccessKey,
      ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
      // A fresh key per run: the in-memory server's history lives no longer than the run.
      ...generatePayloadKeys('test'),
      ...generateJwtSecret(),
      ...generateDepartmentSecrets(),
    },
  });
  const forward = (signal) => jest.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  exitCode = await new Promise((resolve) => jest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} catch (error) {
  fail(error.message);
  exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((e) => fail(`cleanup: ${e.message}`));
  say(`npm test finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s with exit code ${exitCode}`);
  process.exit(exitCode);
}
