// Finds the Temporal CLI (dev server + Web UI) or builds it from its Go module.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { say, fail, pipePrefixed } from './log.mjs';

// Newer tags carry a `replace` directive in go.mod and cannot be installed with `go install`.
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function goBinDir() {
  const go = onPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) return {};
  const gobin = spawnSync(go, ['env', 'GOBIN'], { encoding: 'utf8' }).stdout?.trim();
  const gopath = spawnSync(go, ['env', 'GOPATH'], { encoding: 'utf8' }).stdout?.trim().split(path.delimiter)[0];
  return { go, binDir: gobin || (gopath ? path.join(gopath, 'bin') : undefined) };
}

export async function ensureTemporalCli() {
  if (process.env.TEMPORAL_CLI_PATH) {
    if (existsSync(process.env.TEMPORAL_CLI_PATH)) return process.env.TEMPORAL_CLI_PATH;
    fail(`TEMPORAL_CLI_PATH points to ${process.env.TEMPORAL_CLI_PATH}, which does not exist.`);
    process.exit(1);
  }
  const found = onPath('temporal');
  if (found) return found;
  const { go, binDir } = goBinDir();
  if (binDir && existsSync(path.join(binDir, 'temporal'))) return path.join(binDir, 'temporal');
  if (!go) {
    fail('The Temporal CLI is not installed and Go is not available to build it.');
    fail(`Install Go 1.25 or newer and run: go install ${TEMPORAL_CLI_MODULE}`);
    fail('or put a `temporal` binary on PATH, or set TEMPORAL_ADDRESS to use an existing Temporal cluster.');
    process.exit(1);
  }
  say(`Building the Temporal CLI: go install ${TEMPORAL_CLI_MODULE}`);
  say('(first time only, a few minutes on 2 cores; each package is listed as it is compiled)');
  const started = Date.now();
  const child = spawn(go, ['install', '-v', TEMPORAL_CLI_MODULE], { stdio: ['ignore', 'pipe', 'pipe'] });
  let built = 0;
  let last = Date.now();
  pipePrefixed(child, 'temporal', {
    // `-v` prints one line per package; show a count every few seconds rather than hundreds of lines.
    filter: (line) => {
      if (/^go: downloading|^[\w.\-/]+$/.test(line)) {
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
    fail(`go install ${TEMPORAL_CLI_MODULE} failed (exit ${code}); see the lines above.`);
    process.exit(1);
  }
  const binary = path.join(binDir, 'temporal');
  say(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s: ${binary}`);
  return binary;
}
