import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { AppConfig } from '@libs/config';

const WORKER_ENTRY = path.resolve(__dirname, '../../dist/apps/worker/src/main.js');

/**
 * The compiled worker application as a process of its own (npm test builds dist/ first), so that a
 * test can kill it the hard way. Resolves once it polls the task queue.
 */
export async function startWorkerProcess(config: AppConfig, startTimeoutMs = 30_000): Promise<ChildProcess> {
  const env = Object.fromEntries(
    Object.entries(config)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  const child = spawn(process.execPath, [WORKER_ENTRY], { env: { PATH: process.env.PATH, ...env, LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker process did not start: ${output.slice(-500)}`)), startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Polling task queue')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker process exited with ${code}: ${output.slice(-500)}`));
    });
  });
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data').resume();
  child.removeAllListeners('exit');
  return child;
}

/** SIGKILL: no shutdown hook runs, in-flight activities are simply abandoned. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
