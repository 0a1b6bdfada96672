#!/usr/bin/env node
// The console's part of `npm test`, before the server suites: install what is missing, build the console
// once (the Playwright suites under test/console open the build the API serves) and run its unit tests.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../../../scripts/lib/dependencies.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
ensureDependencies(root);
execFileSync(process.execPath, [path.join(here, 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', path.join(root, 'apps/console'), '--reporter=dot'], { stdio: 'inherit' });
