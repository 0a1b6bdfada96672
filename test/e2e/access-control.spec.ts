import request from 'supertest';
import { AuditEventEntity } from '@libs/database';
import { givenAgent, givenCustomer } from '../support/builders';
import { clientOf, expectData, expectError } from '../support/api-client';
import { bearerFor, givenStaffWithPassword, signIn } from '../support/sign-in';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

// Who may do what, over HTTP against the real API, database, Temporal and worker.
describe('access control (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let supervisor: string;
  let agentA: { header: string; code: string };
  let agentB: { header: string; code: string };
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    const a = await bearerFor(stack.api!, stack.db, 'agent', { skills: ['quality'] });
    const b = await bearerFor(stack.api!, stack.db, 'agent', { skills: ['billing'] });
    agentA = { header: a.header, code: a.member.code };
    agentB = { header: b.header, code: b.member.code };
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  /** A complaint registered by `who`, routed to agent A by its category (A-5: skills). */
  async function complaintOfAgentA(who = agentA.header): Promise<string> {
    const res = await http
      .post('/complaints')
      .set('Authorization', who)
      .send({ customerNo, channel: 'phone', category: 'quality', severity: 'normal', description: 'Noise' })
      .expect(201);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const state = await http.get(`/complaints/${res.body.caseNo}`).set('Authorization', supervisor);
      if (state.body.assignedAgent) {
        expect(state.body.assignedAgent).toBe(agentA.code);
        return res.body.caseNo;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('complaint was not assigned');
  }

  const eventuallyListed = (header: string, caseNo: string) =>
    eventually(
      () => http.get('/complaints').set('Authorization', header).expect(200),
      (res) => res.body.items.some((c: { caseNo: string }) => c.caseNo === caseNo),
      10_000,
    );

  describe('authentication: 401 with a JSON reason', () => {
    it.each([
      ['no credentials', undefined, 'credentials are missing'],
      ['a malformed header', 'Token abc', 'Authorization must be "Bearer'],
      ['a forged token', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJBRy0wMDEiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl', 'invalid, expired or revoked'],
      ['an unknown API key', `Bearer ask_abcdefghijkl_${'x'.repeat(43)}`, 'invalid, expired or revoked'],
    ])('refuses %s', async (_case, header, message) => {
      const req = http.get('/complaints');
      const res = await (header ? req.set('Authorization', header) : req).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
      expect(res.body.message).toContain(message);
    });

    it('keeps health and the API description public', async () => {
      await http.get('/health').expect(200);
      await http.get('/docs-json').expect(200);
    });
  });

  describe('sign-in', () => {
    it('issues a token that works, and refuses a wrong password with the same message as an unknown user', async () => {
      const { username, password, member } = await givenStaffWithPassword(stack.db, 'agent', 'li.na', { capacity: 0 });
      const login = await signIn(stack.api!, username, password);
      const ok = expectData(login);
      expect(ok).toMatchObject({ tokenType: 'Bearer', staffCode: member.code, role: 'agent' });
      expect(login.response.headers.get('set-cookie')).toMatch(/as_session=.*Path=\/codec.*HttpOnly/);
      const me = expectData(await (await clientOf(stack.api!, ok.accessToken)).GET('/auth/me'));
      expect(me).toMatchObject({ actor: member.code, role: 'agent' });

      const wrong = expectError(await signIn(stack.api!, username, 'not-the-password'), 401);
      const unknown = expectError(await signIn(stack.api!, 'nobody', 'whatever'), 401);
      expect(wrong.message).toBe(unknown.message);
    });

    it('rate-limits repeated attempts for one username with 429', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await signIn(stack.api!, 'brute.force', `guess-${i}`)).response.status);
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
    });

    it('sends security headers', async () => {
      const res = await http.get('/health').expect(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('roles: 403 for a role the route does not allow', () => {
    it('lets only admins manage API keys and staff credentials', async () => {
      const body = { name: 'quality system', role: 'department', actor: 'quality' };
      const refused = await http.post('/api-keys').set('Authorization', supervisor).send(body).expect(403);
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      await http.put(`/staff/${agentA.code}/credentials`).set('Authorization', agentA.header).send({ username: 'x.y.z', password: 'long-enough-password' }).expect(403);
      // A reset ends the person's sessions (see access-lifecycle.spec.ts): a newcomer here, not agent A.
      const newcomer = await bearerFor(stack.api!, stack.db, 'agent', { capacity: 0 });
      await http.put(`/staff/${newcomer.member.code}/credentials`).set('Authorization', admin).send({ username: 'new.comer', password: 'long-enough-password' }).expect(204);
    });

    it('lets a department key call nothing but department routes, and a revoked key nothing at all', async () => {
      const created = await http.post('/api-keys').set('Authorization', admin).send({ name: 'quality system', role: 'department', actor: 'quality' }).expect(201);
      expect(created.body.key).toMatch(/^ask_/);
      const key = `Bearer ${created.body.key}`;
      const me = await http.get('/auth/me').set('Authorization', key).expect(200);
      expect(me.body).toMatchObject({ actor: 'quality', role: 'department', via: 'api-key' });
      await http.get('/complaints').set('Authorization', key).expect(403);

      const listed = await http.get('/api-keys').set('Authorization', admin).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
      await http.delete(`/api-keys/${created.body.id}`).set('Authorization', admin).expect(204);
      await http.get('/auth/me').set('Authorization', key).expect(401);
    });

    it('lets only supervisors and up reassign', async () => {
      const caseNo = await complaintOfAgentA();
      await http.post(`/complaints/${caseNo}/reassign`).set('Authorization', agentA.header).send({ agent: agentB.code }).expect(403);
      const moved = await http.post(`/complaints/${caseNo}/reassign`).set('Authorization', supervisor).send({ agent: agentB.code, reason: 'A is absent' }).expect(200);
      expect(moved.body).toMatchObject({ assignedAgent: agentB.code });
      expect(moved.body.timeline.at(-1)).toMatchObject({ event: 'reassign', note: `from ${agentA.code} to ${agentB.code}: A is absent` });
      const unknownAgent = await http.post(`/complaints/${caseNo}/reassign`).set('Authorization', supervisor).send({ agent: 'AG-999' }).expect(400);
      expect(unknownAgent.body.field).toBe('agent');
    });
  });

  describe("agents act on their own cases only", () => {
    it('lets the owner read and cancel, and refuses another agent with 403', async () => {
      const caseNo = await complaintOfAgentA();
      await http.get(`/complaints/${caseNo}`).set('Authorization', agentA.header).expect(200);
      const peek = await http.get(`/complaints/${caseNo}`).set('Authorization', agentB.header).expect(403);
      expect(peek.body.code).toBe('FORBIDDEN');
      await http.post(`/complaints/${caseNo}/cancel`).set('Authorization', agentB.header).send({ reason: 'not mine' }).expect(403);

      const cancelled = await http.post(`/complaints/${caseNo}/cancel`).set('Authorization', agentA.header).send({ reason: 'customer withdrew' }).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      const again = await http.post(`/complaints/${caseNo}/cancel`).set('Authorization', agentA.header).send({ reason: 'twice' }).expect(409);
      expect(again.body.code).toBe('INVALID_TRANSITION');
    });

    it('lists only their own complaints to agents, everything to supervisors', async () => {
      const caseNo = await complaintOfAgentA();
      // Lists come from the read model, which the workflow updates right after its own state.
      const mine = await eventuallyListed(agentA.header, caseNo);
      expect(mine.body.items.every((c: { assignedAgent: string }) => c.assignedAgent === agentA.code)).toBe(true);
      expect(mine.body.items.map((c: { caseNo: string }) => c.caseNo)).toContain(caseNo);
      const theirs = await http.get('/complaints').set('Authorization', agentB.header).expect(200);
      expect(theirs.body.items.map((c: { caseNo: string }) => c.caseNo)).not.toContain(caseNo);
      await http.get('/complaints').query({ agent: agentA.code }).set('Authorization', agentB.header).expect(403);
      const all = await http.get('/complaints').set('Authorization', supervisor).expect(200);
      expect(all.body.items.map((c: { caseNo: string }) => c.caseNo)).toContain(caseNo);
    });
  });

  it('records who did each change, in the workflow timeline and the audit table', async () => {
    const caseNo = await complaintOfAgentA(supervisor);
    await http.post(`/complaints/${caseNo}/cancel`).set('Authorization', agentA.header).send({ reason: 'duplicate' }).expect(200);
    const state = await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200);
    const supervisorCode = (await http.get('/auth/me').set('Authorization', supervisor)).body.actor;
    expect(state.body.timeline[0]).toMatchObject({ event: 'registered', by: supervisorCode });
    expect(state.body.timeline.at(-1)).toMatchObject({ event: 'cancel', by: agentA.code });

    const audit = await stack.db.getRepository(AuditEventEntity).find({ where: { resource: `complaint:${caseNo}` }, order: { id: 'ASC' } });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['complaint.register', supervisorCode],
      ['complaint.cancel', agentA.code],
    ]);
    expect(audit[1].requestId).toBeTruthy();
  });
});
