#!/usr/bin/env node
// `npm run console:api-types [-- <API base URL or path to a saved docs-json>]`: regenerates the console's
// API types from the served OpenAPI document (default http://localhost:3000, i.e. a running `npm start`).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? process.env.CONSOLE_API_URL ?? 'http://localhost:3000';
const input = /^https?:/.test(source) ? `${source.replace(/\/$/, '')}/docs-json` : path.resolve(source);
const output = path.join(here, '../src/api/schema.d.ts');
execFileSync(process.execPath, [path.join(here, '../../../node_modules/openapi-typescript/bin/cli.js'), input, '-o', output], { stdio: 'inherit' });
