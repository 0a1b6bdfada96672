// Bundles the workflow code once at build time (`node dist/libs/temporal/src/cli/bundle-workflows.js OUT`, or to WORKFLOW_BUNDLE_PATH),
// so that production workers start without webpack. Workers use it when WORKFLOW_BUNDLE_PATH is set.
import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '../workflow-bundle';

async function main(): Promise<void> {
  const out = process.argv[2] ?? process.env.WORKFLOW_BUNDLE_PATH ?? 'dist/workflow-bundle.js';
  const { code } = await bundleWorkflowCode(workflowBundleOptions());
  await writeFile(out, code);
  console.log(`Workflow bundle written to ${out} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((error: Error) => {
  console.error(`Bundling workflows failed: ${error.message}`);
  process.exit(1);
});
