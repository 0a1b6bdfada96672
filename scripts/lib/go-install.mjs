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
  const { go } = requireGo(what, module);
  say(`Building ${what}: go install ${module}`);
  say('(first time only, a few minutes on 2 cores; progress every few seconds)');
  const started = Date.now();
  const child = spawn(go, ['install', '-v', module], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: gobin ? { ...process.env, GOBIN: gobin } : process.env,
  });
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
    fail(`go install ${module} failed (exit ${code}); see the lines above.`);
    process.exit(1);
  }
  say(`${what} built in ${Math.round((Date.now() - started) / 1000)} s`);
}
