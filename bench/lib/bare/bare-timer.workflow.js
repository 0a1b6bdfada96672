// The bench's bare baselines. For timer-driven work: sleep until a deadline, then one local activity
// (what an escalation is at its least). Plain JavaScript, bundled on its own: nothing of the platform.
const { proxyLocalActivities, sleep, workflowInfo } = require('@temporalio/workflow');

const { fired } = proxyLocalActivities({ startToCloseTimeout: '1 minute' });

async function benchTimer(deadlineMs) {
  const wait = deadlineMs - Date.now();
  if (wait > 0) await sleep(wait);
  await fired(workflowInfo().workflowId, deadlineMs);
}

// The bench's bare baseline for intake: one local activity that writes a row at once (what setting up
// a case is at its least), then asleep until its deadline, as an open case waits for its first.
async function benchSetUp(deadlineMs) {
  await fired(workflowInfo().workflowId, Date.now());
  await sleep(Math.max(1, deadlineMs - Date.now()));
}

module.exports = { benchTimer, benchSetUp };
