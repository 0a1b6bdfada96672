// Relative imports: jest's module mapper does not apply to global setup.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { loadConfig } from '../libs/config/src';
import { runMigrations } from '../libs/database/src/run-migrations';
import { workflowBundleOptions } from '../libs/temporal/src/workflow-bundle';

/**
 * Once per run: migrate the template database every suite clones, and bundle the workflow code once
 * for every worker the suites start. Without the infrastructure of `npm test`, only unit specs can run.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL || !process.env.TEST_RUN_DIR) return;
  const config = loadConfig();
  await runMigrations(config);
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(), logger: quietLogger });
  const bundlePath = path.join(process.env.TEST_RUN_DIR, 'workflow-bundle.js');
  await writeFile(bundlePath, code);
  process.env.WORKFLOW_BUNDLE_PATH = bundlePath;
}

const noop = () => undefined;
const quietLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error };
