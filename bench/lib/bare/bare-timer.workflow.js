// The bench's bare baseline for timer-driven work: sleep until a deadline, then one local activity
// (what an escalation is at its least). Plain JavaScript, bundled on its own: nothing of the platform.
const { proxyLocalActivities, sleep, workflowInfo } = require('@temporalio/workflow');

const { fired } = proxyLocalActivities({ startToCloseTimeout: '1 minute' });

async function benchTimer(deadlineMs) {
  const wait = deadlineMs - Date.now();
  if (wait > 0) await sleep(wait);
  await fired(workflowInfo().workflowId, deadlineMs);
}

module.exports = { benchTimer };
