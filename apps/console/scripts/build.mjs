#!/usr/bin/env node
// Builds the console once (vite) into apps/console/dist, which the API serves at `/`.
// Used by `npm start`, `npm test` and the Dockerfile; `--if-stale` skips the build when dist is newer than every source.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'index.html')).mtimeMs, statSync(path.join(root, 'vite.config.ts')).mtimeMs);
if (process.argv.includes('--if-stale') && existsSync(dist) && statSync(dist).mtimeMs > sources) {
  console.log('[console]   build is current');
} else {
  execFileSync(process.execPath, [path.join(root, '../../node_modules/vite/bin/vite.js'), 'build', '--config', path.join(root, 'vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
  console.log('[console]   built into apps/console/dist');
}
