import type { ApiClient, Schemas } from '@libs/api-client';
import { givenAgent, givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { clientFor, expectData, expectError } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

// E2E tier: a case is read from the read model (the view its workflow stored with each recorded
// version), so a read never waits behind the worker; `?live=true` asks the workflow and says 503
// when it cannot answer in time.
describe('case reads (e2e)', () => {
  let stack: TestStack;
  let api: ApiClient;
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    // A-5 capacity is a limit: the burst below must not fill the agent, or later cases wait unassigned.
    await givenAgent(stack.db, { skills: ['quality', 'service'], capacity: 200 });
    customerNo = (await givenCustomer(stack.db)).customerNo;
    api = (await clientFor(stack.api!, stack.db, 'supervisor')).client;
  });
  afterAll(() => stack?.stop());

  const complaint = (description: string): Schemas['CreateComplaintDto'] => ({ customerNo, channel: 'phone', category: 'quality', severity: 'high', description });
  const register = async (description: string) => expectData(await api.POST('/complaints', { body: complaint(description) }), 201).caseNo;
  const read = (caseNo: string, live?: boolean) => api.GET('/complaints/{caseNo}', { params: { path: { caseNo }, query: live === undefined ? {} : { live } } });
  const assigned = async (caseNo: string) => {
    const found = await eventually(
      async () => expectData(await read(caseNo)),
      (c) => c.status === 'assigned',
      60_000,
    );
    expect(found).toMatchObject({ caseNo, status: 'assigned' });
    return found;
  };

  it('answers from the read model with its version (ETag), and an action is read back at once', async () => {
    const caseNo = await register('Motor makes a grinding noise');
    const before = await assigned(caseNo);
    expect(before).toMatchObject({ caseNo, status: 'assigned', readFrom: 'read_model', customerNo });

    // The update answers once its version is recorded, so the next read already shows it.
    const contacted = expectData(await api.POST('/complaints/{caseNo}/contact', { params: { path: { caseNo } }, body: { summary: 'Called; photos requested' } }));
    const answer = await read(caseNo);
    const after = expectData(answer);
    expect(after).toMatchObject({ status: 'contacted', readFrom: 'read_model' });
    expect(after.stateVersion).toBeGreaterThanOrEqual(contacted.stateVersion);
    expect(after.stateVersion).toBeGreaterThan(before.stateVersion);
    expect(answer.response.headers.get('etag')).toBe(`"${after.stateVersion}"`);
    expect(after.timeline).toContainEqual(expect.objectContaining({ event: 'contact', note: 'Called; photos requested' }));

    const live = expectData(await read(caseNo, true));
    expect(live).toMatchObject({ status: 'contacted', stateVersion: after.stateVersion, readFrom: 'workflow' });
  });

  it('reads a case during a burst of registrations from the read model, each answer with its version', async () => {
    const first = await register('Screen flickers after the update');
    const burst = Promise.all(Array.from({ length: 40 }, (_, i) => register(`Burst complaint ${i}: delivery a day late`)));
    const reads: Array<{ version: string | null; body: Schemas['ComplaintDetailDto'] }> = [];
    let registering = true;
    const finished = () => (registering = false);
    void burst.then(finished, finished);
    do {
      const answer = await read(first);
      reads.push({ version: answer.response.headers.get('etag'), body: expectData(answer) });
    } while (registering);
    const created = await burst;

    expect(created).toHaveLength(40);
    expect(reads.length).toBeGreaterThan(0);
    for (const { version, body } of reads) {
      expect(body).toMatchObject({ caseNo: first, readFrom: 'read_model' });
      expect(version).toBe(`"${body.stateVersion}"`);
    }
    // A case just registered reads at once, as registered (version 0) or as its workflow recorded it since.
    const newest = expectData(await read(created[39]));
    expect(newest).toMatchObject({ caseNo: created[39], readFrom: 'read_model' });
    expect(newest.timeline[0]).toMatchObject({ event: 'registered' });
  });

  it('?live=true answers 503 with a message when the worker cannot answer; the recorded case still reads', async () => {
    const caseNo = await register('Charger gets hot');
    const recorded = await assigned(caseNo);
    await stack.stopWorker();
    try {
      const refused = expectError(await read(caseNo, true), 503);
      // The worker is gone: the query cannot be answered within the live read's deadline.
      expect(refused.message).toContain(caseNo);
      expect(refused.message).toMatch(/did not answer within 3 s|cannot be reached/);
      // The recorded version still reads without the worker.
      expect(expectData(await read(caseNo))).toMatchObject({ caseNo, status: 'assigned', stateVersion: recorded.stateVersion, readFrom: 'read_model' });
    } finally {
      await stack.startWorker();
    }
    // Stopping the worker drains what it was doing, and starting it again bundles nothing but takes a while.
  }, 180_000);

  it('refuses a live flag that is not a boolean, naming the field', async () => {
    const caseNo = await register('Door seal leaks');
    const answer = await api.GET('/complaints/{caseNo}', { params: { path: { caseNo }, query: { live: 'soon' as unknown as boolean } } });
    expect(expectError(answer, 400).message).toMatch(/live/);
  });
});
