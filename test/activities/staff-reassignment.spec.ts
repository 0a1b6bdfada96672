import request from 'supertest';
import { ApplicationFailure } from '@temporalio/common';
import { createStaffReassignmentActivities } from '../../activities/staff/staff-reassignment.activities';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// moving one complaint tells its outcomes apart by the refusal's type and the case's state,
// never by the text of the message.
describe('reassignComplaintCase activity', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let customerNo: string;
  let reassign: ReturnType<typeof createStaffReassignmentActivities>['reassignComplaintCase'];

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    customerNo = (await givenCustomer(stack.db)).customerNo;
    reassign = createStaffReassignmentActivities(stack.db, stack.temporal).reassignComplaintCase;
  });
  afterAll(() => stack?.stop());

  async function assignedComplaint(): Promise<{ caseNo: string; owner: string }> {
    const owner = (await bearerFor(stack.api!, stack.db, 'agent')).member.code;
    const { caseNo } = (await http.post('/complaints').set('Authorization', supervisor).send({ customerNo, channel: 'phone', category: 'service', severity: 'normal', description: 'late' }).expect(201)).body;
    const state = await eventually(() => http.get(`/complaints/${caseNo}`).set('Authorization', supervisor), (res) => res.body.status === 'assigned');
    return { caseNo, owner: state.body.assignedAgent ?? owner };
  }

  it('moves, then finds the case already there, then finished once cancelled', async () => {
    const { caseNo } = await assignedComplaint();
    const other = (await bearerFor(stack.api!, stack.db, 'agent')).member.code;
    expect(await reassign({ caseNo, to: other, reason: 'A-7 test' })).toBe('moved');
    expect(await reassign({ caseNo, to: other, reason: 'A-7 test' })).toBe('already-there');
    await http.post(`/complaints/${caseNo}/cancel`).set('Authorization', supervisor).send({ reason: 'withdrawn' }).expect(200);
    expect(await reassign({ caseNo, to: other, reason: 'A-7 test' })).toBe('finished');
  });

  it('any other refusal fails for good, typed ReassignmentRefused', async () => {
    const { caseNo } = await assignedComplaint();
    const refused = await reassign({ caseNo, to: 'not-a-code', reason: 'A-7 test' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApplicationFailure);
    expect(refused).toMatchObject({ type: 'ReassignmentRefused', nonRetryable: true });
  });
});
