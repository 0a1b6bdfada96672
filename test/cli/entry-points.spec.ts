import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '@libs/config';
import { dataSourceOptions } from '@libs/database';
import { verifyPassword } from '@libs/auth';
import { createSuiteDatabase } from '../support/infrastructure';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/** Runs a compiled entry point (npm test builds dist/ first) and returns its exit code and output. */
async function node(entry: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, entry)], { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('entry points', () => {
  it.each([
    ['dist/apps/api/src/main.js', { API_PORT: 'eighty' }, 'API_PORT'],
    ['dist/apps/worker/src/main.js', { TEMPORAL_ADDRESS: 'no-port-here' }, 'TEMPORAL_ADDRESS'],
    ['dist/apps/department-sim/src/main.js', { DEPARTMENT_SIM_PORT: '0' }, 'DEPARTMENT_SIM_PORT'],
    ['dist/apps/api/src/main.js', { NODE_ENV: 'production' }, 'JWT_SECRET'],
  ])('%s stops with one line naming the bad variable (%j)', async (entry, env, variable) => {
    const result = await node(entry, env);
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable} `));
  });

  it('says which variable to change when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await node('dist/apps/department-sim/src/main.js', { DEPARTMENT_SIM_PORT: String(port), LOG_LEVEL: 'error' });
      expect(result.code).toBe(78);
      expect(result.stderr.trim()).toBe(`Port ${port} on 127.0.0.1 is already in use; set DEPARTMENT_SIM_PORT to a free port.`);
    } finally {
      blocker.close();
    }
  });

  describe('admin account on first start', () => {
    let db: DataSource;
    let url: string;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      ({ url, drop } = await createSuiteDatabase());
      db = await new DataSource({ ...dataSourceOptions(loadConfig({ DATABASE_URL: url })), logging: ['error'] }).initialize();
    });
    afterAll(async () => {
      await db?.destroy();
      await drop?.();
    });

    it('creates admin with a generated password kept out of the log (a 0600 file when not on a terminal), then leaves it alone', async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ensure-admin-'));
      const first = await node('dist/libs/auth/src/cli/ensure-admin.js', { DATABASE_URL: url, DATA_DIR: dataDir });
      expect(first.code).toBe(0);
      const file = path.join(dataDir, 'admin-password');
      expect(first.stdout).toContain(`password written to ${file}`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(first.stdout + first.stderr).not.toContain(password);
      const [row] = await db.query(`SELECT password_hash FROM staff_members WHERE username = 'admin'`);
      expect(row.password_hash).not.toContain(password);
      await expect(verifyPassword(password!, row.password_hash)).resolves.toBe(true);

      const second = await node('dist/libs/auth/src/cli/ensure-admin.js', { DATABASE_URL: url, ADMIN_PASSWORD: 'another-password-123' });
      expect(second.stdout).toContain('Admin account present');
      expect(second.stdout).not.toContain(password!);
      const [after] = await db.query(`SELECT password_hash FROM staff_members WHERE username = 'admin'`);
      expect(after.password_hash).toBe(row.password_hash);
    });
  });
});
