#!/usr/bin/env node
// `npm run api-client:generate`: compiles, then writes libs/api-client/openapi.json and its types.
// `npm run api-client:check`: fails when they are stale, when the client does not compile under
// `tsc --strict`, or when Spectral finds an error in the document (npm test runs it).
import { fail, say } from './lib/log.mjs';
import { ROOT, build } from './lib/project.mjs';
import { compileApiClient, generateApiClient, lintDocument, staleApiClientFiles } from './lib/api-contract.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';

const check = process.argv.includes('--check');
ensureDependencies(ROOT);
if (!process.argv.includes('--no-build')) build();
process.exit(check ? await checkContract() : await generate());

async function generate() {
  const changed = await generateApiClient();
  say(changed.length ? `API client regenerated: ${changed.join(', ')}` : 'API client is up to date');
  return 0;
}

/** Every check of the contract that needs no running server; 0 when all pass. */
async function checkContract() {
  let code = 0;
  const stale = await staleApiClientFiles();
  if (stale.length) {
    fail(`The API client is stale (${stale.join(', ')}): the API's document changed. Run \`npm run api-client:generate\` and commit the result.`);
    code = 1;
  }
  const compiled = compileApiClient();
  if (compiled.status !== 0) {
    fail(`libs/api-client does not compile under tsc --strict:\n${compiled.stdout}${compiled.stderr}`);
    code = 1;
  }
  const { errors, warnings } = lintDocument();
  const line = (p) => `  ${p.code} at ${p.path.join('.')}: ${p.message}`;
  say(`API document, Spectral (spectral:oas): ${errors.length} errors, ${warnings.length} warnings`);
  if (warnings.length) say(warnings.map(line).join('\n'));
  if (errors.length) {
    fail(`Spectral finds errors in the API document:\n${errors.map(line).join('\n')}`);
    code = 1;
  }
  if (code === 0) say('API client is current and compiles under tsc --strict');
  return code;
}
