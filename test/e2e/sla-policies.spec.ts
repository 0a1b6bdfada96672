import request from 'supertest';
import { AuditEventEntity, SlaPolicyEntity } from '@libs/database';
import { givenCustomer } from '../support/builders';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// SLA policies as versioned data, over HTTP against the real API, database, Temporal and worker.
describe('SLA policies API (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: { header: string; code: string };
  let supervisor: string;
  let agent: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'admin');
    admin = { header: a.header, code: a.member.code };
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor')).header;
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
  });
  afterAll(() => stack?.stop());

  /** Full terms of a policy for critical logistics complaints of dealers (more specific than any seeded one). */
  const terms = (over: Record<string, unknown> = {}) => ({
    category: 'logistics',
    severity: 'critical',
    customerTier: 'dealer',
    calendar: '24x7',
    timeZone: 'Asia/Shanghai',
    firstContactSeconds: 3_600,
    resolutionSeconds: 86_400,
    supervisorReportSeconds: 43_200,
    escalationStepsSeconds: [7_200, 14_400, 28_800],
    ...over,
  });

  const create = (code: string, over: Record<string, unknown> = {}) =>
    http.post('/sla-policies').set('Authorization', admin.header).send({ code, ...terms(over) });

  /** The policy a complaint's workflow loaded, once it has (the first activity of the workflow). */
  async function slaPolicyOf(caseNo: string): Promise<string | undefined> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const res = await http.get(`/complaints/${caseNo}`).set('Authorization', supervisor).expect(200);
      if (res.body.sla || Date.now() > deadline) return res.body.sla?.policy;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('lists the seeded policies to any staff role, latest version of each, by code', async () => {
    const res = await http.get('/sla-policies').set('Authorization', agent).expect(200);
    expect(res.body.items.map((p: { code: string }) => p.code)).toEqual(['default', 'quality', 'vip']);
    expect(res.body.items[1]).toMatchObject({ code: 'quality', version: 1, category: 'quality', calendar: '24x7', resolutionSeconds: 259_200, active: true });
  });

  it('lets an admin create a code and write version 2; both versions stay readable and audited', async () => {
    const created = await create('dealer-express').expect(201);
    expect(created.body).toMatchObject({ code: 'dealer-express', version: 1, customerTier: 'dealer', firstContactSeconds: 3_600, satisfactionCallSeconds: 86_400 });

    const changed = await http
      .put('/sla-policies/dealer-express')
      .set('Authorization', admin.header)
      .send(terms({ firstContactSeconds: 1_800, calendar: 'cn-working-hours', timeZone: 'asia/shanghai' }))
      .expect(200);
    expect(changed.body).toMatchObject({ version: 2, firstContactSeconds: 1_800, calendar: 'cn-working-hours', timeZone: 'Asia/Shanghai' });

    const detail = await http.get('/sla-policies/dealer-express').set('Authorization', supervisor).expect(200);
    expect(detail.body).toMatchObject({ code: 'dealer-express', version: 2 });
    expect(detail.body.versions.map((v: { version: number; firstContactSeconds: number }) => [v.version, v.firstContactSeconds])).toEqual([
      [2, 1_800],
      [1, 3_600],
    ]);
    const latest = await http.get('/sla-policies').set('Authorization', agent).expect(200);
    expect(latest.body.items.filter((p: { code: string }) => p.code === 'dealer-express').map((p: { version: number }) => p.version)).toEqual([2]);
    const all = await http.get('/sla-policies').query({ all: true }).set('Authorization', agent).expect(200);
    expect(all.body.items.filter((p: { code: string }) => p.code === 'dealer-express').map((p: { version: number }) => p.version)).toEqual([2, 1]);

    const audit = await stack.db.getRepository(AuditEventEntity).find({ where: { resource: 'sla-policy:dealer-express' }, order: { id: 'ASC' } });
    expect(audit.map((a) => [a.action, a.actor, a.details?.version])).toEqual([
      ['sla-policy.create', admin.code, 1],
      ['sla-policy.version', admin.code, 2],
    ]);
    expect(audit.every((a) => a.requestId)).toBe(true);
  });

  it.each([
    ['an agent', () => agent],
    ['a supervisor', () => supervisor],
  ])('refuses %s any change with 403', async (_who, header) => {
    await http.post('/sla-policies').set('Authorization', header()).send({ code: 'not-mine', ...terms() }).expect(403);
    const res = await http.put('/sla-policies/default').set('Authorization', header()).send(terms({ category: null, severity: null, customerTier: null })).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it.each([
    ['a bad code', { code: 'Bad Code' }, 'code'],
    ['an unknown category', { category: 'weather' }, 'category'],
    ['a missing selector (null means any, and must be said)', { severity: undefined }, 'severity'],
    ['an unknown calendar', { calendar: 'lunar' }, 'calendar'],
    ['a bad time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a negative duration', { resolutionSeconds: -60 }, 'resolutionSeconds'],
    ['a fractional duration', { supervisorReportSeconds: 1.5 }, 'supervisorReportSeconds'],
    ['a duration as text', { supervisorReportSeconds: '3600' }, 'supervisorReportSeconds'],
    ['a negative ladder step', { escalationStepsSeconds: [-1] }, 'escalationStepsSeconds'],
    ['a duration over 90 days', { resolutionSeconds: 90 * 86_400 + 1 }, 'resolutionSeconds'],
    ['a non-increasing ladder', { escalationStepsSeconds: [7_200, 7_200] }, 'escalationStepsSeconds'],
    ['a fourth escalation level', { escalationStepsSeconds: [1, 2, 3, 4] }, 'escalationStepsSeconds'],
    ['first contact after resolution', { firstContactSeconds: 86_401 }, 'firstContactSeconds'],
    ['an unknown field', { priority: 'urgent' }, 'priority'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, over, field) => {
    const before = await stack.db.getRepository(SlaPolicyEntity).count();
    const res = await create('refused-policy', over).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    // The message starts with the field it is about (class-validator and domain rules alike).
    expect(res.body.message).toMatch(new RegExp(`^(property )?${field} `));
    expect(await stack.db.getRepository(SlaPolicyEntity).count()).toBe(before);
  });

  it('answers 404 for an unknown code', async () => {
    const res = await http.get('/sla-policies/no-such-policy').set('Authorization', agent).expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    await http.put('/sla-policies/no-such-policy').set('Authorization', admin.header).send(terms()).expect(404);
  });

  it('answers 409 for a duplicate code and for deactivating the default policy', async () => {
    const duplicate = await create('quality').expect(409);
    expect(duplicate.body).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const catchAll = terms({ category: null, severity: null, customerTier: null, active: false });
    const deactivate = await http.put('/sla-policies/default').set('Authorization', admin.header).send(catchAll).expect(409);
    expect(deactivate.body).toMatchObject({ code: 'CONFLICT', field: 'active' });
    const detail = await http.get('/sla-policies/default').set('Authorization', agent).expect(200);
    expect(detail.body).toMatchObject({ version: 1, active: true });
  });

  it('deactivates a code with a new version, and keeps the old ones', async () => {
    await create('short-lived').expect(201);
    const off = await http.put('/sla-policies/short-lived').set('Authorization', admin.header).send(terms({ active: false })).expect(200);
    expect(off.body).toMatchObject({ version: 2, active: false });
    const detail = await http.get('/sla-policies/short-lived').set('Authorization', agent).expect(200);
    expect(detail.body.versions.map((v: { active: boolean }) => v.active)).toEqual([false, true]);
  });

  it('sets when the satisfaction call falls due after resolution (C-8), a day unless said otherwise', async () => {
    expect((await create('call-timing').expect(201)).body.satisfactionCallSeconds).toBe(86_400);
    const changed = await http.put('/sla-policies/call-timing').set('Authorization', admin.header).send(terms({ satisfactionCallSeconds: 7_200 })).expect(200);
    expect(changed.body).toMatchObject({ version: 2, satisfactionCallSeconds: 7_200 });
    const refused = await http.put('/sla-policies/call-timing').set('Authorization', admin.header).send(terms({ satisfactionCallSeconds: 0 })).expect(400);
    expect(refused.body.message).toContain('satisfactionCallSeconds');
  });

  it('documents the routes in the OpenAPI description', async () => {
    const res = await http.get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/sla-policies', '/sla-policies/{code}']));
  });

  it('runs a new complaint under the latest version, while a running one keeps its snapshot', async () => {
    await create('dealer-logistics', { severity: 'high' }).expect(201);
    const { customerNo } = await givenCustomer(stack.db, { tier: 'dealer' });
    const register = async () =>
      (
        await http
          .post('/complaints')
          .set('Authorization', supervisor)
          .send({ customerNo, channel: 'phone', category: 'logistics', severity: 'high', description: 'Parcel arrived crushed' })
          .expect(201)
      ).body.caseNo as string;

    const before = await register();
    expect(await slaPolicyOf(before)).toBe('dealer-logistics v1');

    await http.put('/sla-policies/dealer-logistics').set('Authorization', admin.header).send(terms({ severity: 'high', firstContactSeconds: 900 })).expect(200);
    const after = await register();
    expect(await slaPolicyOf(after)).toBe('dealer-logistics v2');
    expect(await slaPolicyOf(before)).toBe('dealer-logistics v1');

    // Deactivated in v3: new complaints fall back to a broader policy, never to the older v2.
    await http.put('/sla-policies/dealer-logistics').set('Authorization', admin.header).send(terms({ severity: 'high', active: false })).expect(200);
    expect(await slaPolicyOf(await register())).toBe('default v1');
  });
});
