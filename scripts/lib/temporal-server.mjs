// Starts a Temporal dev server (Web UI included) with the platform's search attributes registered.
import { spawn, spawnSync } from 'node:child_process';
import { waitFor } from './ports.mjs';
import { pipePrefixed } from './log.mjs';

/**
 * @param {object} o
 * @param {string} o.cli path of the temporal binary
 * @param {number} o.port gRPC port
 * @param {number} [o.uiPort] Web UI port; omitted = headless
 * @param {string} [o.dbFile] SQLite file; omitted = in memory
 * @param {string[]} o.searchAttributes `Name=Type` pairs
 * @param {string} [o.codecEndpoint]
 * @param {string[]} [o.namespaces] extra namespaces to create (the search attributes apply to each)
 * @param {() => boolean} [o.quiet] while true, the server's own output is not shown
 */
export async function startTemporalDevServer(o) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(o.port), '--log-level', 'warn'];
  args.push(...(o.uiPort ? ['--ui-port', String(o.uiPort)] : ['--headless']));
  if (o.dbFile) args.push('--db-filename', o.dbFile, '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  for (const attribute of o.searchAttributes) args.push('--search-attribute', attribute);
  if (o.codecEndpoint) args.push('--ui-codec-endpoint', o.codecEndpoint);
  for (const namespace of o.namespaces ?? []) args.push('--namespace', namespace);
  // A detached process group, so that Ctrl-C reaches it only through our orderly shutdown.
  const child = spawn(o.cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  pipePrefixed(child, 'temporal', { filter: () => !o.quiet?.() });
  let exited = false;
  child.on('exit', () => (exited = true));
  const address = `127.0.0.1:${o.port}`;
  await waitFor(
    () => {
      if (exited) throw Object.assign(new Error('dev server exited'), { fatal: true });
      return spawnSync(o.cli, ['operator', 'cluster', 'health', '--address', address], { encoding: 'utf8' }).stdout.includes('SERVING');
    },
    { timeoutMs: 60_000, what: `Temporal dev server on ${address}` },
  ).catch((error) => {
    child.kill('SIGKILL');
    throw exited ? new Error(`Temporal dev server exited during start-up (see [temporal] lines above)`) : error;
  });
  return { child, address, stop: () => stopChild(child, 'SIGTERM', 10_000) };
}

export function stopChild(child, signal = 'SIGTERM', graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
