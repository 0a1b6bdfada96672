// Steps shared by `npm start` and `npm test` once dependencies are installed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { say, fail } from './log.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** Compiles TypeScript into dist/ (incremental: seconds when little changed). */
export function build() {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    fail('TypeScript build failed; see the errors above.');
    process.exit(1);
  }
  say(`Compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Validated configuration from the environment, or exit with the config module's one-line message. */
export function resolvedConfig(env = process.env) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/libs/config/src/cli/print-config.js')], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    fail(result.stderr.trim() || 'configuration is invalid');
    process.exit(78);
  }
  return JSON.parse(result.stdout);
}

/** Runs one of the compiled command-line tools (migrate, demo data, search attributes). */
export function runTool(relativePath, env, label) {
  const result = spawnSync(process.execPath, [path.join(ROOT, relativePath)], { env, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) {
    fail(`${label} failed: ${output}`);
    process.exit(1);
  }
  if (output) say(output);
}
