// Creates the `admin` account on first start: with ADMIN_PASSWORD when set, otherwise with a generated
// password printed once. Never changes an existing account.
import { randomBytes } from 'node:crypto';
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
    console.log(
      config.ADMIN_PASSWORD
        ? 'Admin account created: username admin, password from ADMIN_PASSWORD'
        : `Admin account created: username admin, password ${password}  (shown only this once; sign in at POST /auth/login)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`Creating the admin account failed: ${error.message}`);
  process.exit(1);
});
