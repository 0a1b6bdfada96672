// Builds a Go command from the Go module proxy with `go install`, showing progress instead of
// hundreds of package lines. Used for the Temporal CLI (dev server) and the Temporal server itself.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { say, fail, pipePrefixed } from './log.mjs';

export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The `go` binary, GOPATH's first entry, the default install folder and the module cache; {} without Go. */
export function goEnvironment() {
  const go = onPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) return {};
  const read = (name) => spawnSync(go, ['env', name], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const gopath = read('GOPATH').split(path.delimiter)[0];
  return {
    go,
    gopath,
    binDir: read('GOBIN') || (gopath ? path.join(gopath, 'bin') : undefined),
    modCache: read('GOMODCACHE') || (gopath ? path.join(gopath, 'pkg', 'mod') : undefined),
  };
}

/** Exits with the lines a newcomer needs when Go is missing. */
export function requireGo(what, module) {
  const env = goEnvironment();
  if (env.go) return env;
  fail(`${what} is not installed and Go is not available to build it.`);
  fail(`Install Go 1.25 or newer and run: go install ${module}`);
  process.exit(1);
}

/**
 * `go install -v module` into `gobin` (the default install folder when omitted), with a progress line
 * every few seconds. Exits the process with one line on failure.
 */
export async function goInstall({ module, gobin, label, what }) {
  await runGo({ args: ['install', '-v', module], env: gobin ? { GOBIN: gobin } : {}, label, what, shown: `go install ${module}`, needs: module });
}

/**
 * `go build -v -o output pkg` inside the module folder `dir` (for a command whose go.mod has `replace`
 * directives, which `go install module@version` refuses: a small module of ours pins it instead).
 */
export async function goBuild({ dir, pkg, output, label, what }) {
  await runGo({ args: ['build', '-v', '-o', output, pkg], cwd: dir, label, what, shown: `go build ${pkg} (in ${path.basename(dir)}/)`, needs: pkg });
}

async function runGo({ args, cwd, env = {}, label, what, shown, needs }) {
  const { go } = requireGo(what, needs);
  say(`Building ${what}: ${shown}`);
  say('(first time only, a few minutes on 2 cores; progress every few seconds)');
  const started = Date.now();
  const child = spawn(go, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let built = 0;
  let last = Date.now();
  pipePrefixed(child, label, {
    filter: (line) => {
      if (/^go: downloading|^[\w.\-/@]+$/.test(line)) {
        built += 1;
        if (Date.now() - last > 5000) {
          last = Date.now();
          say(`  ... ${built} packages fetched or compiled, ${Math.round((Date.now() - started) / 1000)} s`);
        }
        return false;
      }
      return true;
    },
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) {
    fail(`${shown} failed (exit ${code}); see the lines above.`);
    process.exit(1);
  }
  say(`${what} built in ${Math.round((Date.now() - started) / 1000)} s`);
}
