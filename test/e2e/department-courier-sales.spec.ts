import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { decodePayload, givenDepartment, runDepartmentRequest } from '../support/departments';
import { startTestStack, TestStack } from '../support/test-stack';

// R-4, L-1..L-3 with the courier and F-11 with sales, over real HTTP through the department simulator.
describe('courier and sales departments (e2e)', () => {
  let stack: TestStack;
  const sim = () => request(stack.departments!.getHttpServer());
  const address = { name: 'Wang Fang', phone: '13800000000', region: 'Hangzhou', line: '1 Wensan Road' };
  const courier = (kind: string, payload: Record<string, unknown>, caseNo = 'RT-20261124-0011') => ({ department: 'courier' as const, kind, caseNo, payload, timeoutSeconds: 20 });

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    await sim().put('/control/courier').send({ trackingStepMs: 100 }).expect(200);
    await givenDepartment(stack, 'courier', { mode: 'auto', latencyMs: 50, failureRate: 0, duplicateRate: 0 });
  });
  afterAll(() => stack?.stop());

  it('books one replacement shipment per shipment id, however often it is asked', async () => {
    const shipmentId = `SH-${randomUUID().slice(0, 8)}`;
    const ship = () => runDepartmentRequest(stack, courier('ship-replacement', { caseNo: 'RT-20261124-0011', shipmentId, to: address, items: [{ sku: 'EB-200', quantity: 1 }] }));
    const first = await ship();
    const again = await ship();
    expect(first.outcome).toMatchObject({ outcome: 'completed', result: { waybillNo: expect.stringMatching(/^SF\d+$/) } });
    expect(again.outcome).toEqual(first.outcome);
    const scheduled = (await first.handle.fetchHistory()).events!.find((e) => e.activityTaskScheduledEventAttributes)!;
    expect(await decodePayload(stack, scheduled.userMetadata!.summary!)).toBe('Courier: ship the replacement for RT-20261124-0011');
  });

  it('tracks a damaged parcel through its events, then files a claim the courier answers by callback (L-1, L-2)', async () => {
    const shipped = await runDepartmentRequest(stack, courier('ship-replacement', { caseNo: 'CP-20261124-0042', to: address, items: [{ sku: 'EB-200', quantity: 1 }] }, 'CP-20261124-0042'));
    const { waybillNo } = (shipped.outcome as { result: { waybillNo: string } }).result;
    await sim().put(`/control/waybills/${waybillNo}`).send({ outcome: 'damaged' }).expect(200);

    // Tracked as the platform would: query after query, until the journey ends.
    let events: Array<{ state: string; courierAgentId: string }> = [];
    while (events.length < 5) {
      const tracked = await runDepartmentRequest(stack, courier('track-waybill', { waybillNo }, 'CP-20261124-0042'));
      events = (tracked.outcome as { result: typeof events }).result;
    }
    expect(events.map((e) => e.state)).toEqual(['created', 'picked_up', 'in_transit', 'out_for_delivery', 'damaged']);
    expect(events.every((e) => /^CA-\d+$/.test(e.courierAgentId))).toBe(true);

    const claim = {
      claimId: `CL-${randomUUID().slice(0, 8)}`,
      caseNo: 'CP-20261124-0042',
      waybillNo,
      kind: 'damaged',
      transactionRef: 'TB-881234',
      shipDate: '2026-11-20',
      destinationRegion: 'Hangzhou',
      deliveryResult: 'delivered damaged',
      goodsValueFen: 259_900,
      courierAgentId: events[0].courierAgentId,
      photoRefs: ['photo-1.jpg'],
    };
    const filed = await runDepartmentRequest(stack, courier('file-damage-claim', claim, 'CP-20261124-0042'));
    expect(filed.outcome).toEqual({
      outcome: 'completed',
      result: { claimNo: `CLM-${claim.claimId}`, decision: 'accepted', compensationFen: 259_900, courierAgentId: claim.courierAgentId },
    });
  });

  it('refuses to track a waybill the courier does not know, without retrying', async () => {
    const { outcome } = await runDepartmentRequest(stack, courier('track-waybill', { waybillNo: 'SF0000000000' }));
    expect(outcome).toMatchObject({ outcome: 'failed', reason: 'The courier department refused the request (404): no waybill SF0000000000' });
  });

  it('hands a lead over to sales once, with the call notes (F-11)', async () => {
    const lead = { leadId: `LD-${randomUUID().slice(0, 8)}`, customerNo: 'CU-0001', interest: 'second e-bike for the family', callNotes: 'asked about trade-in', foundBy: 'AG-001' };
    const input = { department: 'sales' as const, kind: 'hand-over-lead', caseNo: 'FU-20261124-0003', payload: lead, timeoutSeconds: 20 };
    const first = await runDepartmentRequest(stack, input);
    expect(first.outcome).toEqual({ outcome: 'completed', result: { accepted: true, salesOwner: 'SM-001' } });
    expect((await runDepartmentRequest(stack, input)).outcome).toEqual(first.outcome);
  });
});
