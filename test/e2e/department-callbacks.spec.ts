import request from 'supertest';
import { DepartmentRequestEntity } from '@libs/database';
import { tokenHash } from '@libs/departments/answer';
import { decodePayload, departmentSecret, givenDepartment, pendingRequestOf, postCallback, startQualityInvestigation } from '../support/departments';
import { startTestStack, TestStack } from '../support/test-stack';

// C-4 over real HTTP: the worker asks the simulated quality department, which answers by signed callback
// to the API; the callback completes the waiting activity (asynchronous completion).
describe('department callbacks (e2e)', () => {
  let stack: TestStack;
  const rowOf = (requestId: string) => stack.db.getRepository(DepartmentRequestEntity).findOneByOrFail({ id: requestId });

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
  });
  afterAll(() => stack?.stop());

  it('completes the investigation when the department answers by callback, with a summary in the UI', async () => {
    await givenDepartment(stack, 'quality', { mode: 'auto', latencyMs: 100, failureRate: 0, duplicateRate: 1 });
    const { handle, caseNo } = await startQualityInvestigation(stack);
    const outcome = (await handle.result()) as { outcome: string; result: { cause: string; correctiveActions: string[]; preventiveActions: string[] } };
    expect(outcome.outcome).toBe('completed');
    expect(outcome.result.cause).toContain('EB-200');
    expect(outcome.result.correctiveActions.length).toBeGreaterThan(0);
    expect(outcome.result.preventiveActions.length).toBeGreaterThan(0);

    const history = await handle.fetchHistory();
    const scheduled = history.events!.find((e) => e.activityTaskScheduledEventAttributes)!;
    expect(scheduled.activityTaskScheduledEventAttributes!.activityType!.name).toBe('openQualityInvestigation');
    expect(await decodePayload(stack, scheduled.userMetadata!.summary!)).toBe(`Quality department: open investigation for ${caseNo}`);
    // The duplicate answer (duplicateRate 1) changed nothing: one request, completed once.
    const rows = await stack.db.getRepository(DepartmentRequestEntity).find({ where: { caseNo } });
    expect(rows.map((r) => r.status)).toEqual(['completed']);
  });

  describe('a request waiting for its answer', () => {
    let started: Awaited<ReturnType<typeof startQualityInvestigation>>;
    let pending: Awaited<ReturnType<typeof pendingRequestOf>>;
    const answer = () => ({ requestId: pending.requestId, outcome: 'completed', result: { cause: 'Loose connector', correctiveActions: ['Refit'], preventiveActions: ['Torque check'] } });

    beforeAll(async () => {
      await givenDepartment(stack, 'quality', { mode: 'manual' });
      started = await startQualityInvestigation(stack);
      pending = await pendingRequestOf(stack, started.handle.workflowId);
    });

    it('stores only a hash of the callback token', async () => {
      const row = await rowOf(pending.requestId);
      expect(row.callbackTokenHash).toBe(tokenHash(pending.token));
      expect(JSON.stringify(await stack.db.query('SELECT * FROM department_requests'))).not.toContain(pending.token);
    });

    it.each([
      ['a forged signature', () => ({ secret: 'f'.repeat(64) }), 'bad signature'],
      ['another department\'s signature', () => ({ secret: departmentSecret('finance') }), 'bad signature'],
      ['a stale timestamp', () => ({ timestamp: Math.floor(Date.now() / 1000) - 301 }), 'stale timestamp'],
      ['no signature', () => ({ headers: {} }), 'missing signature'],
    ])('refuses %s with 401 and changes nothing', async (_case, sign, reason) => {
      const res = await postCallback(stack, pending.token, answer(), sign()).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', message: `callback refused: ${reason}` });
      expect((await rowOf(pending.requestId)).status).toBe('pending');
    });

    it('refuses an unknown token with 401', async () => {
      await postCallback(stack, 'not-a-token-we-issued', answer()).expect(401);
      expect((await rowOf(pending.requestId)).status).toBe('pending');
    });

    it('applies the first valid answer; an identical repeat is harmless; a different one is refused', async () => {
      expect((await postCallback(stack, pending.token, answer()).expect(200)).body).toEqual({ status: 'applied' });
      expect((await started.handle.result()) as unknown).toEqual({ outcome: 'completed', result: answer().result });

      // A duplicate delivery, signed afresh and with the keys in another order: 200, nothing changes.
      const { requestId, outcome, result } = answer();
      expect((await postCallback(stack, pending.token, { result, outcome, requestId }).expect(200)).body).toEqual({ status: 'duplicate' });

      const replay = await postCallback(stack, pending.token, { ...answer(), result: { cause: 'Something else', correctiveActions: [], preventiveActions: [] } }).expect(409);
      expect(replay.body.code).toBe('CONFLICT');
      const row = await rowOf(pending.requestId);
      expect(row).toMatchObject({ status: 'completed' });
      expect(row.answeredAt).toBeInstanceOf(Date);
    });
  });

  it('fails the activity with the department\'s readable reason when it answers with an error', async () => {
    await givenDepartment(stack, 'quality', { mode: 'manual' });
    const { handle } = await startQualityInvestigation(stack);
    const pending = await pendingRequestOf(stack, handle.workflowId);
    const error = { code: 'NO_BATCH_RECORD', message: 'no production record for batch EB-200/2611' };
    const res = await request(stack.departments!.getHttpServer())
      .post(`/control/pending/${encodeURIComponent(pending.requestId)}/answer`).send({ outcome: 'failed', error }).expect(201);
    expect(res.body.callback).toEqual({ statusCode: 200, body: { status: 'applied' } });

    const reason = 'Quality department: no production record for batch EB-200/2611 (NO_BATCH_RECORD)';
    expect(await handle.result()).toEqual({ outcome: 'failed', error, reason });
    const history = await handle.fetchHistory();
    const failed = history.events!.find((e) => e.activityTaskFailedEventAttributes)!.activityTaskFailedEventAttributes!;
    // The message is stored encrypted with the payloads (it can quote the customer); the codec reads it.
    expect(failed.failure!.message).toBe('Encoded failure');
    expect(await decodePayload(stack, failed.failure!.encodedAttributes!)).toMatchObject({ message: reason });
    expect((await rowOf(pending.requestId)).status).toBe('failed');
  });

  it('ends as timed_out when the department never answers, and refuses a late answer', async () => {
    await givenDepartment(stack, 'quality', { mode: 'manual' });
    const { handle } = await startQualityInvestigation(stack, 2);
    const pending = await pendingRequestOf(stack, handle.workflowId);
    expect(await handle.result()).toEqual({ outcome: 'timed_out', timeoutSeconds: 2 });

    const late = await postCallback(stack, pending.token, { requestId: pending.requestId, outcome: 'completed', result: {} }).expect(409);
    expect(late.body.message).toContain('no longer awaited');
    expect((await rowOf(pending.requestId)).status).toBe('pending');
  });
});
