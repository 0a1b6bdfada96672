import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from './workflow-bundle';

// Every cached workflow runs in this bundle and a worker replays histories through it: data the
// workflows never use (the holiday tables of the calendar package) stays out of it.
describe('workflow bundle', () => {
  it('holds no calendar package data', async () => {
    const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(), logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
    expect(code).not.toContain('chinese-days/dist');
  }, 240_000);
});
