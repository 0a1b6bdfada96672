// Finds the Temporal CLI (dev server + Web UI) or builds it from its Go module.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fail } from './log.mjs';
import { goEnvironment, goInstall, onPath } from './go-install.mjs';

// Newer tags carry a `replace` directive in go.mod and cannot be installed with `go install`.
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export async function ensureTemporalCli() {
  if (process.env.TEMPORAL_CLI_PATH) {
    if (existsSync(process.env.TEMPORAL_CLI_PATH)) return process.env.TEMPORAL_CLI_PATH;
    fail(`TEMPORAL_CLI_PATH points to ${process.env.TEMPORAL_CLI_PATH}, which does not exist.`);
    process.exit(1);
  }
  const found = onPath('temporal');
  if (found) return found;
  const { binDir } = goEnvironment();
  if (binDir && existsSync(path.join(binDir, 'temporal'))) return path.join(binDir, 'temporal');
  await goInstall({ module: TEMPORAL_CLI_MODULE, label: 'temporal', what: 'the Temporal CLI' });
  return path.join(goEnvironment().binDir, 'temporal');
}
