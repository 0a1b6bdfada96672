import { Worker } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import { workflowIdFor } from '@libs/temporal/conventions';
import { createPayloadCodec } from '@libs/temporal/codec/data-converter';
import type { complaintWorkflow } from '@workflows/complaint/complaint.workflow';
import {
  addNoteUpdate,
  cancelComplaintUpdate,
  complaintStateQuery,
  confirmForwardUpdate,
  contactComplaintUpdate,
  reassignComplaintUpdate,
  recordSatisfactionUpdate,
  requestForwardUpdate,
  resolveComplaintUpdate,
  resumeComplaintUpdate,
  waitForCustomerUpdate,
} from '@workflows/complaint/complaint.contract';
import type { staffReassignmentWorkflow } from '@workflows/staff/staff-reassignment.workflow';
import { approveReturnUpdate, inspectReturnUpdate, receiveReturnUpdate, shipReturnUpdate } from '@workflows/returns/return.contract';
import { givenCourier, givenParcel, givenReturnPolicy, startReturn, untilReturn, waybill } from '../support/returns';
import { givenAgent, givenCustomer } from '../support/builders';
import { givenDepartment } from '../support/departments';
import { waitUntil } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';
import { loadHistories, saveDecodedHistory } from './history-files';

// Every change to the complaint workflow must replay the histories recorded from earlier versions:
// a change that would break running complaints fails here and needs `patched()`.
// `RECORD_HISTORIES=1 npm test -- test/replay` records new ones (keep the old ones).
const RECORD = process.env.RECORD_HISTORIES === '1';
// Raise when recording after a change to a workflow, so that new files sit beside the old ones.
const RECORDING_VERSION = 'v10';

describe('workflow replay', () => {
  it('replays every recorded history with the current code', async () => {
    const histories = loadHistories('');
    expect(histories.filter((h) => h.label.startsWith('complaint-')).length).toBeGreaterThanOrEqual(4);
    expect(histories.some((h) => h.label.startsWith('department-request-'))).toBe(true);
    expect(histories.some((h) => h.label.startsWith('staff-reassignment-'))).toBe(true);
    expect(histories.filter((h) => h.label.startsWith('return-')).length).toBeGreaterThanOrEqual(3);
    expect(histories.some((h) => h.label.startsWith('damage-claim-'))).toBe(true);
    expect(histories.filter((h) => h.label.startsWith('followup-')).length).toBeGreaterThanOrEqual(3);
    const bundlePath = process.env.WORKFLOW_BUNDLE_PATH!;
    let replayed = 0;
    const results = Worker.runReplayHistories({ workflowBundle: { code: readFileSync(bundlePath, 'utf8') }, replayName: 'complaint' }, histories);
    for await (const result of results) {
      expect({ workflowId: result.workflowId, error: result.error?.message }).toEqual({ workflowId: result.workflowId, error: undefined });
      replayed += 1;
    }
    expect(replayed).toBe(histories.length);
  });

  (RECORD ? describe : describe.skip)('recording (RECORD_HISTORIES=1 only)', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack({ api: true, departments: true });
    });
    afterAll(() => stack?.stop());

    const save = async (label: string, workflowId: string) =>
      saveDecodedHistory(label, workflowId, await stack.temporal.workflow.getHandle(workflowId).fetchHistory(), createPayloadCodec(stack.config));

    async function run(name: string, script: (h: ReturnType<TestStack['temporal']['workflow']['getHandle']>, caseNo: string) => Promise<void>, over = {}) {
      const agent = await givenAgent(stack.db);
      const customer = await givenCustomer(stack.db);
      const caseNo = `CP-20261124-${String(Math.floor(Math.random() * 900000) + 100000)}`;
      const handle = await stack.temporal.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
        taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
        workflowId: workflowIdFor.complaint(caseNo),
        args: [{ caseNo, customerId: customer.id, customerNo: customer.customerNo, customerTier: 'regular', channel: 'phone', category: 'service', severity: 'normal', description: 'Recorded scenario', registeredBy: agent.code, ...over }],
      });
      await waitUntil(async () => (await handle.query(complaintStateQuery)).status !== 'registered', 10_000, 'assignment');
      await script(handle, caseNo);
      await save(`complaint-${name}`, handle.workflowId);
      return { caseNo, agent };
    }

    it('records forwarding, its department request and a staff reassignment', async () => {
      const by = 'AG-100';
      await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 300, failureRate: 0, duplicateRate: 0 });
      const { caseNo, agent } = await run(
        `${RECORDING_VERSION}-forwarded-answered`,
        async (h) => {
          await h.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'reached' }] });
          await h.executeUpdate(requestForwardUpdate, { args: [{ by, note: 'batch problem' }] });
          await h.executeUpdate(confirmForwardUpdate, { args: [{ by: 'MGR-100' }] });
          await waitUntil(async () => (await h.query(complaintStateQuery)).status === 'department_answered', 15_000, 'the department answer');
          await h.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'repair', summary: 'fixed' }] });
          await h.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 4 }] });
          await h.result();
        },
        { category: 'quality' },
      );
      await save(`department-request-${RECORDING_VERSION}-quality-answered`, `${workflowIdFor.complaint(caseNo)}-quality-1`);

      // the open cases of an agent who leaves.
      const open = await run(`${RECORDING_VERSION}-open-for-reassignment`, async () => undefined);
      await givenAgent(stack.db);
      await stack.db.query(`UPDATE staff_members SET status = 'departed' WHERE code = $1`, [open.agent.code]);
      const reassignment = await stack.temporal.workflow.start<typeof staffReassignmentWorkflow>('staffReassignmentWorkflow', {
        taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
        workflowId: `staff-reassign-${open.agent.code}-recorded`,
        args: [{ agentCode: open.agent.code, status: 'departed', by: 'SUP-100' }],
      });
      await reassignment.result();
      await save(`staff-reassignment-${RECORDING_VERSION}-departed`, reassignment.workflowId);
      void agent;
    }, 60_000);

    it('records returns: a refund remedy of a complaint, a tracked refund, an exchange with a damaged replacement', async () => {
      const by = 'AG-100';
      await givenDepartment(stack, 'finance', { latencyMs: 300, failureRate: 0 });
      await givenCourier(stack, 200);
      let returnNo = '';
      const { caseNo } = await run(
        `${RECORDING_VERSION}-refund-remedy`,
        async (h) => {
          await h.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'reached' }] });
          await h.executeUpdate(resolveComplaintUpdate, {
            args: [{ by, remedy: 'refund', summary: 'refund agreed', returnRequest: { type: 'refund_only', orderRef: 'SO-1', items: [{ sku: 'EB-200', quantity: 1 }], amountFen: 25_900 } }],
          });
          await waitUntil(async () => (await h.query(complaintStateQuery)).remedyReturn?.status === 'refunded', 15_000, 'the remedy refund');
          returnNo = (await h.query(complaintStateQuery)).remedyReturn!.returnNo!;
          await h.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 5 }] });
          await h.result();
        },
        { category: 'quality' },
      );
      void caseNo;
      await save(`return-${RECORDING_VERSION}-complaint-refund-only`, workflowIdFor.return(returnNo));

      const customer = await givenCustomer(stack.db);
      const policy = await givenReturnPolicy(stack);
      const refund = await startReturn(stack, customer, { policyCode: policy });
      await refund.handle.executeUpdate(approveReturnUpdate, { args: [{ by }] });
      const parcel = waybill();
      await givenParcel(stack, parcel, 'delivered');
      await refund.handle.executeUpdate(shipReturnUpdate, { args: [{ by: 'buyer', courier: 'YTO', waybillNo: parcel }] });
      await untilReturn(refund.handle, 'received');
      await refund.handle.executeUpdate(inspectReturnUpdate, { args: [{ by: 'WH-001', resellable: true, qualityProblem: false, notes: 'sealed' }] });
      await refund.handle.result();
      await save(`return-${RECORDING_VERSION}-tracked-refund`, refund.handle.workflowId);

      const exchange = await startReturn(stack, customer, { type: 'exchange', reason: 'quality_problem', policyCode: policy });
      await exchange.handle.executeUpdate(approveReturnUpdate, { args: [{ by }] });
      await exchange.handle.executeUpdate(shipReturnUpdate, { args: [{ by: 'buyer', courier: 'YTO', waybillNo: waybill() }] });
      await exchange.handle.executeUpdate(receiveReturnUpdate, { args: [{ by: 'WH-001' }] });
      await exchange.handle.executeUpdate(inspectReturnUpdate, { args: [{ by: 'WH-001', resellable: false, qualityProblem: true, notes: 'motor dead' }] });
      const shipped = await untilReturn(exchange.handle, 'replacement_shipped');
      await givenParcel(stack, shipped.parcels[1].waybillNo, 'damaged');
      await exchange.handle.result();
      await save(`return-${RECORDING_VERSION}-exchange-damaged-replacement`, exchange.handle.workflowId);
      const claim = `damage-claim-DC-${exchange.returnNo}-R1`;
      await stack.temporal.workflow.getHandle(claim).result();
      await save(`damage-claim-${RECORDING_VERSION}-accepted`, claim);
    }, 90_000);

    it("records the complaint scenarios", async () => {
      const by = 'AG-100';
      await run(`${RECORDING_VERSION}-happy-path`, async (h) => {
        await h.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'reached' }] });
        await h.executeUpdate(addNoteUpdate, { args: [{ by, text: 'note' }] });
        await h.executeUpdate(waitForCustomerUpdate, { args: [{ by, reason: 'photos' }] });
        await h.executeUpdate(resumeComplaintUpdate, { args: [{ by }] });
        await h.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'repair', summary: 'fixed' }] });
        await h.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 1 }] });
        await h.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'compensation', summary: 'voucher' }] });
        await h.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: true, score: 5 }] });
        await h.result();
      });
      await stack.db.query(
        `INSERT INTO sla_policies (code, category, severity, customer_tier, calendar, first_contact_seconds, resolution_seconds, supervisor_report_seconds, escalation_steps_seconds)
         VALUES ('record-fast', 'billing', 'critical', 'regular', '24x7', 1, 5, 2, '{2,3,4}')`,
      );
      await run(
        `${RECORDING_VERSION}-escalated-then-cancelled`,
        async (h) => {
          // Cancelled once every deadline has fired and the ladder is at its top.
          await waitUntil(async () => (await h.query(complaintStateQuery)).sla?.deadlines.length === 0, 20_000, 'every SLA deadline firing');
          await h.executeUpdate(cancelComplaintUpdate, { args: [{ by, reason: 'duplicate' }] });
          await h.result();
        },
        { category: 'billing', severity: 'critical' },
      );
      const other = await givenAgent(stack.db);
      await stack.db.query(`INSERT INTO follow_up_policies (code, version, terms, created_by) SELECT code, version + 1, terms || $1::jsonb, 'test' FROM follow_up_policies WHERE code = 'default' ORDER BY version DESC LIMIT 1`, [
        JSON.stringify({ retry: { afterSeconds: 1, maxAttempts: 3 }, callHours: { workingDay: [{ from: '00:00', to: '24:00' }], restDay: [{ from: '00:00', to: '24:00' }] } }),
      ]);
      await run(`${RECORDING_VERSION}-reassigned-unreached`, async (h) => {
        await h.executeUpdate(reassignComplaintUpdate, { args: [{ by: 'SUP-100', agent: other.code, reason: 'leave' }] });
        await h.executeUpdate(contactComplaintUpdate, { args: [{ by, summary: 'reached' }] });
        await h.executeUpdate(resolveComplaintUpdate, { args: [{ by, remedy: 'explanation', summary: 'explained' }] });
        // F-5: each unanswered call is tried again at its planned slot (a second later under this policy).
        for (let i = 0; i < 3; i += 1) {
          await waitUntil(async () => {
            const s = await h.query(complaintStateQuery);
            const next = s.satisfaction?.nextAttemptAt;
            return s.timeline.filter((e) => e.event === 'satisfaction_call_retry').length === i && (!next || Date.parse(next) <= Date.now());
          }, 15_000, 'the next satisfaction call attempt');
          await h.executeUpdate(recordSatisfactionUpdate, { args: [{ by, reached: false }] });
        }
        await h.result();
      });
    }, 60_000);
  });
});
