import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from './workflow-bundle';

// Every cached workflow runs in this bundle and a worker replays histories through it.
describe('workflow bundle', () => {
  let code: string;
  beforeAll(async () => {
    ({ code } = await bundleWorkflowCode({ ...workflowBundleOptions(), logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } }));
  }, 240_000);

  // Data the workflows never use (the holiday tables of the calendar package) stays out of it.
  it('holds no calendar package data', () => {
    expect(code).not.toContain('chinese-days/dist');
  });

  // The workflow modules are evaluated once per worker, not once per cached workflow: the preload hook
  // loads the same module the SDK imports the workflows from.
  it('preloads the workflow modules it imports the workflows from', () => {
    const required = (hook: string) => new RegExp(`exports\\.${hook} = function ${hook}\\(\\) \\{\\s*(?:return )?__webpack_require__\\([^)]*"([^"]+)"\\)`).exec(code)?.[1];
    expect(required('importWorkflows')).toBeDefined();
    expect(required('preloadModules')).toBe(required('importWorkflows'));
  });
});
