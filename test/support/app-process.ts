import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { AppConfig } from '@libs/config';
import { waitUntil } from './eventually';

export interface AppProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A compiled application (`npm test` builds dist/ first) as a process of its own with its whole log
 * kept, for tests that read what an operator's log would hold. Resolves once `ready` holds.
 */
export async function startAppProcess(app: 'api' | 'worker', config: AppConfig, ready: (output: string) => Promise<boolean> | boolean): Promise<AppProcess> {
  const entry = path.resolve(__dirname, `../../dist/apps/${app}/src/main.js`);
  const env = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH, ...env, LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitUntil(async () => child.exitCode === null && (await ready(output)), 60_000, `${app} process ready (${output.slice(-300)})`);
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
