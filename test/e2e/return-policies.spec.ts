import request from 'supertest';
import { AuditEventEntity, ReturnPolicyEntity } from '@libs/database';
import { DEFAULT_RETURN_POLICY_TERMS } from '@libs/domain/returns/return-policy';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// return timeouts as versioned data, over HTTP against the real API and database.
describe('return policies API (e2e)', () => {
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

  const terms = (over: Record<string, unknown> = {}) => ({ ...DEFAULT_RETURN_POLICY_TERMS, ...over });
  const create = (code: string, body: Record<string, unknown> = { terms: terms() }) => http.post('/return-policies').set('Authorization', admin.header).send({ code, ...body });
  const put = (code: string, body: Record<string, unknown>) => http.put(`/return-policies/${code}`).set('Authorization', admin.header).send(body);

  it('lists the seeded default policy (R-8 defaults) to any staff role', async () => {
    const res = await http.get('/return-policies').set('Authorization', agent).expect(200);
    expect(res.body.items.map((p: { code: string }) => p.code)).toContain('default');
    const seeded = res.body.items.find((p: { code: string }) => p.code === 'default');
    expect(seeded).toMatchObject({ version: 1, active: true, createdBy: 'system', terms: DEFAULT_RETURN_POLICY_TERMS });
  });

  it('R-8: lets an admin create a code and write version 2; both stay readable, the list shows the latest, each change is audited', async () => {
    const created = await create('jd-2027', { terms: terms({ sellerSilentSeconds: 2 * 86_400 }) }).expect(201);
    expect(created.body).toMatchObject({ code: 'jd-2027', version: 1, active: true, createdBy: admin.code });
    expect(created.body.terms.sellerSilentSeconds).toBe(2 * 86_400);

    const batch = { cutoff: '17:00', morningEnds: '11:30', handoverAt: '14:00', timeZone: 'asia/shanghai' };
    const changed = await put('jd-2027', { terms: terms({ trackingPollSeconds: 600, warehouseBatch: batch }) }).expect(200);
    expect(changed.body).toMatchObject({ version: 2, active: true });
    expect(changed.body.terms).toMatchObject({ trackingPollSeconds: 600, warehouseBatch: { ...batch, timeZone: 'Asia/Shanghai' } });

    const detail = await http.get('/return-policies/jd-2027').set('Authorization', supervisor).expect(200);
    expect(detail.body).toMatchObject({ code: 'jd-2027', version: 2 });
    expect(detail.body.versions.map((v: { version: number; terms: { trackingPollSeconds: number } }) => [v.version, v.terms.trackingPollSeconds])).toEqual([
      [2, 600],
      [1, DEFAULT_RETURN_POLICY_TERMS.trackingPollSeconds],
    ]);
    const list = await http.get('/return-policies').set('Authorization', agent).expect(200);
    expect(list.body.items.filter((p: { code: string }) => p.code === 'jd-2027').map((p: { version: number }) => p.version)).toEqual([2]);

    const audit = await stack.db.getRepository(AuditEventEntity).find({ where: { resource: 'return-policy:jd-2027' }, order: { id: 'ASC' } });
    expect(audit.map((a) => [a.action, a.actor, a.details?.version])).toEqual([
      ['return-policy.create', admin.code, 1],
      ['return-policy.version', admin.code, 2],
    ]);
    expect(audit.every((a) => a.requestId)).toBe(true);
  });

  it('R-5: a version without a warehouse batch hands each parcel over on arrival (warehouseBatch null)', async () => {
    await create('no-batch').expect(201);
    const res = await put('no-batch', { terms: terms({ warehouseBatch: null }) }).expect(200);
    expect(res.body.terms.warehouseBatch).toBeNull();
  });

  it.each([
    ['an agent', () => agent],
    ['a supervisor', () => supervisor],
  ])('refuses %s any change with 403', async (_who, header) => {
    await http.post('/return-policies').set('Authorization', header()).send({ code: 'not-mine', terms: terms() }).expect(403);
    const res = await http.put('/return-policies/default').set('Authorization', header()).send({ terms: terms() }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await http.get('/return-policies/default').set('Authorization', agent).expect(200)).body.version).toBe(1);
  });

  it.each([
    ['a bad code', { code: 'Bad Code' }, 'code'],
    ['missing terms', { terms: undefined }, 'terms'],
    ['a missing term', { terms: terms({ buyerShipSeconds: undefined }) }, 'terms.buyerShipSeconds'],
    ['zero seconds', { terms: terms({ sellerSilentSeconds: 0 }) }, 'terms.sellerSilentSeconds'],
    ['negative seconds', { terms: terms({ refundDueSeconds: -60 }) }, 'terms.refundDueSeconds'],
    ['fractional seconds', { terms: terms({ trackingPollSeconds: 1.5 }) }, 'terms.trackingPollSeconds'],
    ['seconds as text', { terms: terms({ buyerModifySeconds: '3600' }) }, 'terms.buyerModifySeconds'],
    ['more than a year', { terms: terms({ sellerConfirmSurfaceSeconds: 366 * 86_400 }) }, 'terms.sellerConfirmSurfaceSeconds'],
    ['a negative shipping fee', { terms: terms({ shippingFeeFen: -1 }) }, 'terms.shippingFeeFen'],
    ['a warehouse batch left out (null means none, and must be said)', { terms: terms({ warehouseBatch: undefined }) }, 'terms.warehouseBatch'],
    ['a warehouse batch as text', { terms: terms({ warehouseBatch: '16:00' }) }, 'terms.warehouseBatch'],
    ['a bad cut-off time', { terms: terms({ warehouseBatch: { ...DEFAULT_RETURN_POLICY_TERMS.warehouseBatch, cutoff: '25:00' } }) }, 'terms.warehouseBatch.cutoff'],
    ['a bad time zone', { terms: terms({ warehouseBatch: { ...DEFAULT_RETURN_POLICY_TERMS.warehouseBatch, timeZone: 'Mars/Olympus_Mons' } }) }, 'terms.warehouseBatch.timeZone'],
    ['an unknown term', { terms: terms({ restockingFeeFen: 500 }) }, 'terms.restockingFeeFen'],
    ['an unknown field', { priority: 'urgent' }, 'priority'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, over, field) => {
    const before = await stack.db.getRepository(ReturnPolicyEntity).count();
    const res = await create('refused-policy', { terms: terms(), ...over }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    // The message starts with the field it is about (class-validator and domain rules alike).
    expect(res.body.message).toMatch(new RegExp(`^(property )?${field.replace(/\./g, '\\.')} `));
    expect(await stack.db.getRepository(ReturnPolicyEntity).count()).toBe(before);
  });

  it('refuses a bad new version with 400 naming the field', async () => {
    const res = await put('default', { terms: terms({ departmentAnswerSeconds: 0 }), active: 'yes' }).expect(400);
    expect(res.body.message).toContain('terms.departmentAnswerSeconds');
    expect(res.body.message).toContain('active must be true or false');
  });

  it('answers 404 for an unknown code, 400 for a malformed one', async () => {
    const res = await http.get('/return-policies/no-such-policy').set('Authorization', agent).expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    await put('no-such-policy', { terms: terms() }).expect(404);
    expect((await http.get('/return-policies/NO_SUCH').set('Authorization', agent).expect(400)).body.field).toBe('code');
  });

  it('answers 409 for a duplicate code and for deactivating the default policy', async () => {
    const duplicate = await create('default').expect(409);
    expect(duplicate.body).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const deactivate = await put('default', { terms: terms(), active: false }).expect(409);
    expect(deactivate.body).toMatchObject({ code: 'CONFLICT', field: 'active' });
    expect((await http.get('/return-policies/default').set('Authorization', agent).expect(200)).body).toMatchObject({ version: 1, active: true });
  });

  it('deactivates a code with a new version, and keeps the old ones', async () => {
    await create('short-lived').expect(201);
    const off = await put('short-lived', { terms: terms(), active: false }).expect(200);
    expect(off.body).toMatchObject({ version: 2, active: false });
    const detail = await http.get('/return-policies/short-lived').set('Authorization', agent).expect(200);
    expect(detail.body.versions.map((v: { active: boolean }) => v.active)).toEqual([false, true]);
  });

  it('documents the routes in the OpenAPI description', async () => {
    const res = await http.get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/return-policies', '/return-policies/{code}', '/returns', '/returns/{returnNo}', '/returns/{returnNo}/inspect', '/damage-claims']),
    );
  });
});
