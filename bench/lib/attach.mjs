// `--target <API URL>`: a platform already running (e.g. `npm start`). Its Temporal address, database
// and admin password come from the environment (or .env), as the platform itself reads them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, resolvedConfig } from '../../scripts/lib/project.mjs';

export async function attachPlatform(apiUrl) {
  if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
  const password = process.env.ADMIN_PASSWORD;
  if (!password) throw new Error('--target needs ADMIN_PASSWORD (the admin account of the running platform)');
  const config = resolvedConfig(process.env);
  const databaseUrl = process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}/aftersales`;
  const login = await fetch(`${apiUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
  const { Client, Connection } = await import('@temporalio/client');
  const { createDataConverter } = (await import('../../dist/libs/temporal/src/codec/data-converter.js')).default;
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: createDataConverter(config) });
  const { default: pgModule } = await import('pg');
  const db = new pgModule.Pool({ connectionString: databaseUrl, max: 4 });
  return {
    apiUrl,
    token: (await login.json()).accessToken,
    config,
    client,
    db,
    processes: {},
    async stop() {
      await connection.close();
      await db.end();
    },
  };
}
