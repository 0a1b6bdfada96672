// The API contract: the OpenAPI document the API serves, the typed client generated from it
// (libs/api-client), and the checks `npm test` runs on both.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './project.mjs';

export const DOCUMENT_FILE = path.join(ROOT, 'libs/api-client/openapi.json');
export const SCHEMA_FILE = path.join(ROOT, 'libs/api-client/src/schema.ts');
const HEADER = '// Generated from the API document by `npm run api-client:generate`; do not edit.\n/* eslint-disable */\n';

/** The document as the compiled API builds it (the build must be current). */
export function currentDocumentText() {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/apps/api/src/cli/print-api-document.js')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(result.stderr.trim() || 'cannot build the API document');
  return result.stdout;
}

/** TypeScript types of the document, as openapi-typescript writes them. */
export async function schemaTextOf(documentText) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  // A default is what the server fills in when a request leaves the field out: it stays optional.
  const ast = await openapiTS(JSON.parse(documentText), { alphabetize: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

/** Writes the document and the types; returns the files that changed. */
export async function generateApiClient() {
  const documentText = currentDocumentText();
  const schemaText = await schemaTextOf(documentText);
  const changed = [];
  for (const [file, text] of [[DOCUMENT_FILE, documentText], [SCHEMA_FILE, schemaText]]) {
    if (readOr(file) !== text) {
      writeFileSync(file, text);
      changed.push(path.relative(ROOT, file));
    }
  }
  return changed;
}

/** The committed files that differ from what the current code generates. */
export async function staleApiClientFiles() {
  const documentText = currentDocumentText();
  const schemaText = await schemaTextOf(documentText);
  return [[DOCUMENT_FILE, documentText], [SCHEMA_FILE, schemaText]].filter(([file, text]) => readOr(file) !== text).map(([file]) => path.relative(ROOT, file));
}

/** The client compiled on its own with `tsc --strict`. */
export function compileApiClient() {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'libs/api-client/tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
}

/** Spectral's `spectral:oas` rules over a document file: the problems found, by severity. */
export function lintDocument(file = DOCUMENT_FILE) {
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/spectral'), ['lint', '--ruleset', path.join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet', file], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  let problems;
  try {
    problems = JSON.parse(run.stdout);
  } catch {
    return { errors: [{ code: 'spectral', message: `${run.stdout}${run.stderr}`.trim() || 'spectral did not run', path: [] }], warnings: [] };
  }
  // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
  return { errors: problems.filter((p) => p.severity === 0), warnings: problems.filter((p) => p.severity === 1) };
}

function readOr(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
