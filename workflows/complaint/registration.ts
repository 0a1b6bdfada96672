import { ParentClosePolicy, patched, startChild } from '@temporalio/workflow';
import { KEY_PART_ALERT_POLICY } from '@libs/domain/complaints/key-part-alert-policy';
import { departmentRequestWorkflow } from '../departments/department-request.workflow';
import { described } from '../shared/activity-profiles';
import { ComplaintRun, SYSTEM } from './complaint-run';
import { shortCall } from './short-calls';
import type { ComplaintOwnerChoice } from '../../activities/assignment/choose-agent.activity';

/** C-9: major information goes to the supervisor at once, not at the first deadline. */
export async function reportMajorInformation(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  await described(`Notify supervisor: major information in ${input.caseNo}`).notify({
    dedupeKey: `${run.workflowId}:major-information`,
    channel: 'staff-inbox',
    recipient: 'supervisor',
    subject: `Major information in complaint ${input.caseNo}`,
    body: `Complaint ${input.caseNo} (${input.category}/${input.severity}, customer ${input.customerNo}) was registered as major information (C-9).`,
    caseNo: input.caseNo,
  });
  state.changed('major_information_reported', SYSTEM, 'supervisor notified (C-9)');
}

/** C-12: the defect counts against its key part; crossing the alert threshold alerts quality inspection. */
export async function countKeyPartDefect(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  const part = input.keyPart!;
  const alert = await described(`Count key-part defect: ${part} (C-12)`).recordKeyPartDefect({ caseNo: input.caseNo, part, productRef: input.productRef });
  state.changed('key_part_defect_recorded', SYSTEM, part);
  if (!alert) return;
  await described(`Alert the quality department: ${alert.defects} ${alert.part} defects`).notify({
    dedupeKey: `key-part-alert:${alert.alertId}`,
    channel: 'staff-inbox',
    recipient: 'quality-department',
    subject: `Key-part alert: ${alert.defects} ${alert.part} defects in ${alert.windowDays} days`,
    body: `${alert.defects} complaints within ${alert.windowDays} days name the ${alert.part}; the latest is ${input.caseNo}. Check the batch (C-12).`,
    caseNo: input.caseNo,
  });
  state.changed('key_part_alert_raised', SYSTEM, `${alert.part}: ${alert.defects} defects in ${alert.windowDays} days`);
  // Reported by a workflow of its own: a slow or unreachable department must not hold up this
  // complaint, and the report outlives it.
  await startChild(departmentRequestWorkflow, {
    workflowId: `key-part-alert-${alert.alertId}`,
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        department: 'quality',
        kind: 'report-key-part-defects',
        caseNo: input.caseNo,
        payload: { ...alert },
        timeoutSeconds: KEY_PART_ALERT_POLICY.reportAnswerSeconds,
      },
    ],
  });
}

/**
 * partners and group-buy customers stay with whoever brought them in, capacity is a limit, and
 * when every agent is full the case waits in the supervisor's queue and the supervisor is told.
 * Histories before it asked `chooseAgentForComplaint` (load and skill only, capacity not a limit).
 */
export const OWNER_BY_CAPACITY_PATCH = 'complaint-owner-by-capacity-and-who-brought-them-in';

/** assignment balancing open load, by skill, VIPs to VIP agents. */
export async function assignAgent(run: ComplaintRun): Promise<void> {
  const { input, state } = run;
  if (patched(OWNER_BY_CAPACITY_PATCH)) return assignOwner(run);
  const agent = await shortCall(`Choose an agent for ${input.category} (${input.customerTier}) by skill and load (A-5)`).chooseAgentForComplaint({
    category: input.category,
    customerTier: input.customerTier,
  });
  // A supervisor may have assigned the case while the activity ran.
  if (agent && state.status === 'registered') state.assignTo(agent, SYSTEM);
}

async function assignOwner(run: ComplaintRun): Promise<void> {
  const { input } = run;
  const choice = await shortCall(`Choose the owner of ${input.caseNo}: who brought the customer in, skill, load, capacity (A-5)`).chooseComplaintOwner({
    customerId: input.customerId,
    caseNo: input.caseNo,
    category: input.category,
    customerTier: input.customerTier,
  });
  await takeOwnerChoice(run, choice);
}

/** the chosen owner takes the case; without one it waits in the supervisor's queue, who is told. */
export async function takeOwnerChoice(run: ComplaintRun, choice: ComplaintOwnerChoice): Promise<void> {
  const { input, state } = run;
  // A supervisor may have assigned the case while the choice was made.
  if (state.status !== 'registered') return;
  if (choice.agent) {
    state.assignTo(choice.agent, SYSTEM, choice.reason === 'brought_in' ? 'A-5: stays with the staff member who brought the customer in' : undefined);
    return;
  }
  const why = choice.reason === 'all_at_capacity' ? 'every agent is at capacity' : 'no agent is active';
  const recipients = choice.supervisor?.recipients ?? ['supervisor'];
  state.changed('queued_for_supervisor', SYSTEM, `A-5: ${why}; waiting in the supervisor queue (told ${recipients.join(', ')})`);
  await Promise.all(
    recipients.map((recipient) =>
      shortCall(`Tell ${recipient}: ${input.caseNo} waits for an owner`).notify({
        dedupeKey: `${run.workflowId}:supervisor-queue:${recipient}`,
        channel: 'staff-inbox',
        recipient,
        subject: `投诉 ${input.caseNo} 待分配：客服人员均已满负荷`,
        body: `Complaint ${input.caseNo} (${input.category}/${input.severity}, customer ${input.customerNo}) has no owner: ${why} (A-5). Assign it from the supervisor queue.`,
        caseNo: input.caseNo,
      }),
    ),
  );
}
