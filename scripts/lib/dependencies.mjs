// Installs node_modules with `npm ci` when missing or older than package-lock.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { say, fail } from './log.mjs';

export function ensureDependencies(root) {
  const lockFile = path.join(root, 'package-lock.json');
  const stamp = path.join(root, 'node_modules', '.after-sales-lock-hash');
  const wanted = createHash('sha256').update(readFileSync(lockFile)).update(readFileSync(path.join(root, 'package.json'))).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return false;
  say(existsSync(path.join(root, 'node_modules')) ? 'Dependencies changed: running npm ci ...' : 'Installing dependencies (npm ci) ...');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    fail('npm ci failed; see the output above (the npm registry must be reachable).');
    process.exit(1);
  }
  writeFileSync(stamp, wanted);
  say(`Dependencies installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}
