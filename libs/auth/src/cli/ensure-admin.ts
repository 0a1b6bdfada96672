// Creates the `admin` account on first start: with ADMIN_PASSWORD when set, otherwise with a generated
// password shown once on the terminal, or, when output goes to a log (npm start, containers), written
// to DATA_DIR/admin-password readable by its owner only. Never changes an existing account.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@libs/config';
import { dataSourceOptions } from '@libs/database/data-source-options';
import { hashPassword } from '../credentials/password-hash';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataSource = await new DataSource({ ...dataSourceOptions(config), logging: ['error'] }).initialize();
  try {
    const existing: unknown[] = await dataSource.query(`SELECT 1 FROM staff_members WHERE username = 'admin'`);
    if (existing.length > 0) {
      console.log('Admin account present (username admin)');
      return;
    }
    const password = config.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
    await dataSource.query(
      `INSERT INTO staff_members (code, name, role, capacity, username, password_hash) VALUES ('ADM-001', 'Administrator', 'admin', 0, 'admin', $1)
       ON CONFLICT (code) DO UPDATE SET username = 'admin', password_hash = EXCLUDED.password_hash`,
      [await hashPassword(password)],
    );
    if (config.ADMIN_PASSWORD) console.log('Admin account created: username admin, password from ADMIN_PASSWORD');
    else console.log(`Admin account created: username admin, ${handOver(password, config.DATA_DIR)}`);
  } finally {
    await dataSource.destroy();
  }
}

/** The generated password on an interactive terminal only; anywhere else into a file of mode 0600, never a log line. */
function handOver(password: string, dataDir: string): string {
  if (process.stdout.isTTY) return `password ${password}  (shown only this once; sign in at POST /auth/login)`;
  const file = path.resolve(dataDir, 'admin-password');
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return `password written to ${file} (readable by this user only; delete it after signing in)`;
}

main().catch((error: Error) => {
  console.error(`Creating the admin account failed: ${error.message}`);
  process.exit(1);
});
