#!/usr/bin/env node
// The console's part of `npm test`, before the server suites: install what is missing, build the console
// once (the Playwright suites under test/console open the build the API serves) and run its unit tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../../../scripts/lib/dependencies.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
ensureDependencies(root);
execFileSync(process.execPath, [path.join(here, 'build.mjs'), '--if-stale'], { stdio: 'inherit' });

// The browser tests (test/console) drive Debian's Chromium; install it when missing and we may (root, apt).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('[console]   installing chromium with apt-get for the browser tests ...');
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'], { stdio: 'inherit' });
  } else {
    console.log(`[console]   no Chromium at ${chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH; the browser tests will fail without it`);
  }
}
execFileSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', path.join(root, 'apps/console'), '--reporter=dot'], { stdio: 'inherit' });
