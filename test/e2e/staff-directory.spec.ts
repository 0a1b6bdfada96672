import request from 'supertest';
import { CustomerEntity, StaffMemberEntity } from '@libs/database';
import { givenAgent } from '../support/builders';
import { givenCustomerFile } from '../support/customer-files';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Staff: skills, VIP service, capacity, status with a delegate, departments and contacts.
describe('staff directory and departments (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let supervisor: string;
  let admin: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    supervisor = (await bearerFor(stack.api!, stack.db, 'supervisor', { code: 'SUP-401' })).header;
    admin = (await bearerFor(stack.api!, stack.db, 'admin', { code: 'ADM-401' })).header;
  });
  afterAll(() => stack?.stop());

  const as = (who: string) => ({
    get: (path: string) => http.get(path).set('Authorization', who),
    post: (path: string, body: object) => http.post(path).set('Authorization', who).send(body),
    patch: (path: string, body: object) => http.patch(path).set('Authorization', who).send(body),
    put: (path: string, body: object) => http.put(path).set('Authorization', who).send(body),
  });
  const park = (code: string) => stack.db.query(`UPDATE staff_members SET status = 'departed' WHERE code = $1`, [code]);

  it('A-5: admins add staff with skills, VIP service, capacity, department and contacts; everyone reads them with their load', async () => {
    const created = await as(admin).post('/staff', { code: 'VIP-401', name: 'Chen Jing', role: 'agent', skills: ['quality', 'service'], servesVip: true, capacity: 15, departmentCode: 'after_sales', phone: '0571-88880001', email: 'chen@example.com' }).expect(201);
    expect(created.body).toEqual({
      code: 'VIP-401', name: 'Chen Jing', role: 'agent', skills: ['quality', 'service'], servesVip: true, capacity: 15, status: 'active',
      delegateCode: null, reportsTo: null, departmentCode: 'after_sales', phone: '0571-88880001', email: 'chen@example.com', openCases: 0, customers: 0,
    });
    await givenCustomerFile(stack.db, { assignedAgentCode: 'VIP-401', tier: 'vip' });
    const listed = await as(supervisor).get('/staff?servesVip=true&skill=quality&department=after_sales').expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ code: 'VIP-401', customers: 1 })]);
    await as(supervisor).post('/staff', { code: 'AG-499', name: 'x', role: 'agent' }).expect(403);
    expect((await as(admin).post('/staff', { code: 'VIP-401', name: 'again', role: 'agent' }).expect(409)).body.field).toBe('code');
    await park('VIP-401');
  });

  it.each([
    [{ code: 'X1', name: 'a', role: 'agent' }, 'code'],
    [{ code: 'AG-498', name: 'a', role: 'boss' }, 'role'],
    [{ code: 'AG-498', name: 'a', role: 'agent', skills: ['cooking'] }, 'skills'],
    [{ code: 'AG-498', name: 'a', role: 'agent', capacity: -1 }, 'capacity'],
    [{ code: 'AG-498', name: 'a', role: 'agent', email: 'not-mail' }, 'email'],
    [{ code: 'AG-498', name: 'a', role: 'agent', departmentCode: 'marketing' }, 'departmentCode'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const res = await as(admin).post('/staff', body).expect(400);
    expect(res.body.field === field || String(res.body.message).startsWith(field)).toBe(true);
  });

  it('supervisors change skills, VIP service, capacity and department; a name cannot be cleared; unknown staff is 404', async () => {
    const member = await givenAgent(stack.db, { code: 'AG-401' });
    const changed = await as(supervisor).patch(`/staff/${member.code}`, { skills: ['billing'], servesVip: true, capacity: 5, departmentCode: 'quality' }).expect(200);
    expect(changed.body).toMatchObject({ skills: ['billing'], servesVip: true, capacity: 5, departmentCode: 'quality' });
    expect((await as(supervisor).patch(`/staff/${member.code}`, { name: null }).expect(400)).body.field).toBe('name');
    await as(supervisor).patch('/staff/AG-997', { capacity: 3 }).expect(404);
    await as(supervisor).get('/staff?status=asleep').expect(400);
    const department = await as(supervisor).get('/departments/quality').expect(200);
    expect(department.body).toMatchObject({ code: 'quality', name: '品质部', staff: [expect.objectContaining({ code: member.code })] });
    await park(member.code);
  });

  it('A-7: an absence records the delegate until the agent is back', async () => {
    const away = await givenAgent(stack.db, { code: 'AG-402' });
    const delegate = await givenAgent(stack.db, { code: 'AG-403' });
    await as(supervisor).put(`/staff/${away.code}/status`, { status: 'absent', delegate: delegate.code }).expect(200);
    expect((await as(supervisor).get(`/staff/${away.code}`).expect(200)).body).toMatchObject({ status: 'absent', delegateCode: delegate.code });
    await as(supervisor).put(`/staff/${away.code}/status`, { status: 'active' }).expect(200);
    expect((await as(supervisor).get(`/staff/${away.code}`).expect(200)).body).toMatchObject({ status: 'active', delegateCode: null });
    await park(away.code);
    await park(delegate.code);
  });

  it('A-7/A-5: a departure hands the customers on for good, VIPs to a VIP agent, the others by load', async () => {
    const leaving = await givenAgent(stack.db, { code: 'AG-404' });
    const regular = await givenAgent(stack.db, { code: 'AG-405' });
    const vip = await givenAgent(stack.db, { code: 'VIP-405', servesVip: true });
    const customers = [
      await givenCustomerFile(stack.db, { assignedAgentCode: leaving.code }),
      await givenCustomerFile(stack.db, { assignedAgentCode: leaving.code, tier: 'vip' }),
      await givenCustomerFile(stack.db, { assignedAgentCode: leaving.code, tier: 'dealer', broughtInBy: leaving.code }),
    ];
    await as(supervisor).put(`/staff/${leaving.code}/status`, { status: 'departed' }).expect(200);
    const after = await stack.db.getRepository(CustomerEntity).findBy(customers.map((c) => ({ id: c.id })));
    expect(Object.fromEntries(after.map((c) => [c.tier, c.assignedAgentCode]))).toEqual({ regular: regular.code, vip: vip.code, dealer: regular.code });
    expect((await stack.db.getRepository(StaffMemberEntity).findOneByOrFail({ code: leaving.code })).status).toBe('departed');
  });

  it('departments: everyone reads them and their contacts; admins add and change them', async () => {
    const list = await as(supervisor).get('/departments').expect(200);
    expect(list.body.items.map((d: { code: string }) => d.code)).toEqual(['after_sales', 'courier', 'finance', 'quality', 'sales']);
    await as(supervisor).post('/departments', { code: 'warehouse', name: '仓储部' }).expect(403);
    expect((await as(admin).post('/departments', { code: 'warehouse', name: '仓储部', contactName: '周主管', contactPhone: '0571-88880002' }).expect(201)).body).toEqual({
      code: 'warehouse', name: '仓储部', contactName: '周主管', contactPhone: '0571-88880002', contactEmail: null,
    });
    await as(admin).post('/departments', { code: 'warehouse', name: 'again' }).expect(409);
    expect((await as(admin).patch('/departments/quality', { contactName: '质检 刘工', contactEmail: 'qa@example.com' }).expect(200)).body).toMatchObject({ contactName: '质检 刘工', contactEmail: 'qa@example.com' });
    const bad = await as(admin).post('/departments', { code: 'Ware House', name: 'x' }).expect(400);
    expect(String(bad.body.message).startsWith('code')).toBe(true);
    await as(admin).patch('/departments/nowhere', { name: 'x' }).expect(404);
  });
});
