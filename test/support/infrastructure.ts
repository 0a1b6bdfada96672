import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { AppConfig, loadConfig } from '@libs/config';

export function requireTestInfrastructure(): { templateUrl: string; runDir: string; namespaces: string[] } {
  const { DATABASE_URL, TEST_RUN_DIR, TEST_NAMESPACES, TEMPORAL_ADDRESS } = process.env;
  if (!DATABASE_URL || !TEST_RUN_DIR || !TEST_NAMESPACES || !TEMPORAL_ADDRESS) {
    throw new Error('This suite needs the Temporal server and PostgreSQL that `npm test` starts; run it with `npm test -- <path>`.');
  }
  return { templateUrl: DATABASE_URL, runDir: TEST_RUN_DIR, namespaces: TEST_NAMESPACES.split(',') };
}

/** A database of the suite's own, cloned from the migrated template (fast: a file copy in PostgreSQL). */
export async function createSuiteDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { templateUrl } = requireTestInfrastructure();
  const template = new URL(templateUrl);
  const templateName = template.pathname.slice(1);
  const name = `${templateName}_${randomUUID().slice(0, 8)}`;
  const admin = new URL(templateUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new PgClient({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Claims one of the pre-created namespaces for this suite (mkdir is atomic across jest workers). */
export function claimNamespace(): string {
  const { runDir, namespaces } = requireTestInfrastructure();
  const claims = path.join(runDir, 'namespace-claims');
  mkdirSync(claims, { recursive: true });
  for (const namespace of namespaces) {
    try {
      mkdirSync(path.join(claims, namespace));
      return namespace;
    } catch {
      // taken by another suite
    }
  }
  throw new Error(`All ${namespaces.length} test namespaces are taken; raise TEST_NAMESPACES in scripts/test.mjs`);
}

/** Configuration of a suite: its own database, namespace and task queue. */
export function suiteConfig(databaseUrl: string, overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  return loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_NAMESPACE: claimNamespace(),
    TEMPORAL_TASK_QUEUE: `after-sales-${randomUUID().slice(0, 8)}`,
    DATABASE_POOL_SIZE: '4',
    ...overrides,
  });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
