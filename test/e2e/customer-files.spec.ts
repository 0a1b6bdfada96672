import request from 'supertest';
import { AuditEventEntity } from '@libs/database';
import { givenAgent } from '../support/builders';
import type { ApiClient, Schemas } from '@libs/api-client';
import { clientFor, expectData } from '../support/api-client';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// Customer files over HTTP (A-1..A-5, A-8): CRUD with validation, search by every key, service history.
describe('customer files (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let staff: string;
  let admin: string;
  let agents: { regular: string; vip: string; keeper: string };
  let api: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false });
    http = request(stack.api!.getHttpServer());
    // Staff who sign in are not agents in the pool: only these three carry customers.
    const supervisor = await clientFor(stack.api!, stack.db, 'supervisor', { code: 'SUP-301' });
    staff = `Bearer ${supervisor.token}`;
    api = supervisor.client;
    admin = (await bearerFor(stack.api!, stack.db, 'admin', { code: 'ADM-301' })).header;
    agents = {
      regular: (await givenAgent(stack.db, { code: 'AG-301' })).code,
      vip: (await givenAgent(stack.db, { code: 'VIP-301', servesVip: true })).code,
      keeper: (await givenAgent(stack.db, { code: 'AG-302' })).code,
    };
  });
  afterAll(() => stack?.stop());

  const post = (body: Record<string, unknown>) => http.post('/customers').set('Authorization', staff).send(body);
  const get = (customerNo: string) => http.get(`/customers/${customerNo}`).set('Authorization', staff);
  const search = (query: Record<string, string>) => http.get('/customers').set('Authorization', staff).query(query);
  const numbersOf = (res: request.Response) => (res.body.items as Array<{ customerNo: string }>).map((c) => c.customerNo).sort();
  /** 400 naming the field: in `field` for domain checks, at the start of the message for DTO checks. */
  const expectBadField = (res: request.Response, field: string) => {
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.field === field || String(res.body.message).startsWith(field)).toBe(true);
  };

  const fileA: Schemas['CreateCustomerDto'] = {
    name: '王建国',
    organisation: '杭州顺达物流有限公司',
    phone: '13800000001',
    region: '浙江省杭州市',
    address: '浙江省杭州市西湖区文三路 1 号',
    contactPerson: '王经理',
    birthday: '1978-03-12',
    products: [{ model: 'EB-200 电动自行车', serialNo: 'lsv ab12-3456', plate: '浙a 12345', purchaseDate: '2026-11-01', warrantyEnd: '2028-11-01', soldVia: 'secondary_outlet' }],
  };

  it('A-1/A-4/A-5: creates a file with products, picks its agent by load, reports completeness and normalises serial and plate', async () => {
    // Through the typed client generated from the API document.
    const created = expectData(await api.POST('/customers', { body: fileA }), 201);
    expect(created).toMatchObject({
      customerNo: expect.stringMatching(/^CU-\d{6}$/),
      name: '王建国',
      tier: 'regular',
      timeZone: 'Asia/Shanghai',
      assignedAgentCode: agents.regular,
      complete: true,
      completeness: { complete: true, missing: [] },
      products: [{ model: 'EB-200 电动自行车', serialNo: 'LSVAB123456', plate: '浙A12345', soldVia: 'secondary_outlet', warrantyEnd: '2028-11-01' }],
      serviceHistory: [],
    });
    // the next regular customer goes to the agent with fewer customers.
    const second = expectData(await api.POST('/customers', { body: { name: '李小红', phone: '13800000002' } }), 201);
    expect(second).toMatchObject({ assignedAgentCode: agents.keeper, complete: false, completeness: { missing: ['organisation', 'address', 'contactPerson', 'region', 'birthday', 'products'] } });
    expect(Number(second.customerNo.slice(3))).toBe(Number(created.customerNo.slice(3)) + 1);

    const read = expectData(await api.GET('/customers/{customerNo}', { params: { path: { customerNo: created.customerNo } } }));
    expect(read).toMatchObject({ customerNo: created.customerNo, phone: '13800000001', products: [expect.objectContaining({ serialNo: 'LSVAB123456' })] });
    const found = expectData(await api.GET('/customers', { params: { query: { serialNo: 'LSVAB123456' } } }));
    expect(found.items.map((c) => c.customerNo)).toEqual([created.customerNo]);
  });

  it.each([
    ['A-5: a VIP goes to the dedicated VIP agent', { tier: 'vip' }, 'vip'],
    ['A-5: a dealer stays with who brought them in', { tier: 'dealer', broughtInBy: 'AG-301' }, 'regular'],
    ['A-5: a group-buy customer too', { tier: 'group_buy', broughtInBy: 'AG-302' }, 'keeper'],
  ] as const)('%s', async (_, over, expected) => {
    const res = await post({ name: `客户 ${expected}`, ...over }).expect(201);
    expect(res.body.assignedAgentCode).toBe(agents[expected]);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ phone: '13800000001' }, 'name'],
    [{ name: 'x', tier: 'gold' }, 'tier'],
    [{ name: 'x', birthday: '12/03/1978' }, 'birthday'],
    [{ name: 'x', phone: 'call me' }, 'phone'],
    [{ name: 'x', timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ name: 'x', customerNo: 'C-1' }, 'customerNo'],
    [{ name: 'x', assignedAgentCode: 'AG-999' }, 'assignedAgentCode'],
    [{ name: 'x', nickname: 'unknown field' }, 'property nickname'],
    [{ name: 'x', products: [{ serialNo: 'SN1' }] }, 'products.0.model'],
    [{ name: 'x', products: [{ model: 'EB', purchaseDate: '2026-11-01', warrantyEnd: '2025-11-01' }] }, 'products.0.warrantyEnd'],
    [{ name: 'x', products: [{ model: 'EB', warrantyEnd: '2026-02-30' }] }, 'products.0.warrantyEnd'],
    [{ name: 'x', products: [{ model: 'EB', soldVia: 'shop' }] }, 'products.0.soldVia'],
    [{ name: 'x', fileEventId: 'not-a-uuid' }, 'fileEventId'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    expectBadField(await post(body), field);
  });

  it('refuses a customer number that exists with 409, and an unknown one with 404', async () => {
    await post({ name: '甲', customerNo: 'CU-555001' }).expect(201);
    expect((await post({ name: '乙', customerNo: 'CU-555001' }).expect(409)).body.field).toBe('customerNo');
    expect((await get('CU-555999').expect(404)).body).toMatchObject({ code: 'NOT_FOUND', field: 'customerNo' });
  });

  it('A-8: changes apply at once and are audited by field name; required fields cannot be cleared', async () => {
    const { customerNo } = (await post({ name: '赵丽', phone: '13800000006' }).expect(201)).body;
    const changed = await http.patch(`/customers/${customerNo}`).set('Authorization', staff).send({ organisation: '北京海淀科技', address: '北京市海淀区中关村 2 号', phone: null }).expect(200);
    expect(changed.body).toMatchObject({ organisation: '北京海淀科技', phone: null, complete: true });
    expect((await get(customerNo).expect(200)).body.address).toBe('北京市海淀区中关村 2 号');
    const audit = await stack.db.getRepository(AuditEventEntity).findOneByOrFail({ action: 'customer.update', resource: `customer:${customerNo}` });
    expect(audit.details).toEqual({ fields: ['organisation', 'address', 'phone'] });
    expectBadField(await http.patch(`/customers/${customerNo}`).set('Authorization', staff).send({ name: null }), 'name');
    expectBadField(await http.patch(`/customers/${customerNo}`).set('Authorization', staff).send({}), 'body');
  });

  it('A-1: keeps products: add, change, remove', async () => {
    const { customerNo } = (await post({ name: '陈明' }).expect(201)).body;
    const added = await http.post(`/customers/${customerNo}/products`).set('Authorization', staff).send({ model: 'EB-300', serialNo: 'sn-0099', purchaseDate: '2026-10-01' }).expect(201);
    expect(added.body).toMatchObject({ model: 'EB-300', serialNo: 'SN0099', soldVia: 'direct' });
    const path = `/customers/${customerNo}/products/${added.body.id}`;
    expectBadField(await http.patch(path).set('Authorization', staff).send({ warrantyEnd: '2026-09-01' }), 'warrantyEnd');
    expect((await http.patch(path).set('Authorization', staff).send({ warrantyEnd: '2028-10-01', plate: '苏A 00001' }).expect(200)).body).toMatchObject({ warrantyEnd: '2028-10-01', plate: '苏A00001' });
    await http.delete(path).set('Authorization', staff).expect(204);
    expect((await get(customerNo)).body.products).toEqual([]);
    await http.delete(path).set('Authorization', staff).expect(404);
  });

  it('links the service history: complaints, returns and follow-ups of the customer, newest first', async () => {
    const { customerNo } = (await post({ name: '张伟' }).expect(201)).body;
    const [{ id }] = await stack.db.query(`SELECT id FROM customers WHERE customer_no = $1`, [customerNo]);
    const insert = (caseNo: string, kind: string, status: string, at: string) =>
      stack.db.query(
        `INSERT INTO case_records (case_no, kind, workflow_id, status, customer_id, category, summary, created_at) VALUES ($1,$2,$3,$4,$5,'quality','s',$6)`,
        [caseNo, kind, `${kind}-${caseNo}`, status, id, at],
      );
    await insert('CP-20261001-0301', 'complaint', 'closed', '2026-10-01T02:00:00Z');
    await insert('RT-20261002-0301', 'return', 'refunded', '2026-10-02T02:00:00Z');
    await insert('FU-20261003-0301', 'followup', 'completed', '2026-10-03T02:00:00Z');
    const history = (await get(customerNo).expect(200)).body.serviceHistory;
    expect(history.map((h: { caseNo: string; kind: string }) => [h.caseNo, h.kind])).toEqual([
      ['FU-20261003-0301', 'followup'],
      ['RT-20261002-0301', 'return'],
      ['CP-20261001-0301', 'complaint'],
    ]);
    // A file with service history is kept.
    expect((await http.delete(`/customers/${customerNo}`).set('Authorization', admin).expect(409)).body.field).toBe('customerNo');
  });

  it('lets only admins remove a file without history', async () => {
    const { customerNo } = (await post({ name: '删除客户', products: [{ model: 'EB-100' }] }).expect(201)).body;
    await http.delete(`/customers/${customerNo}`).set('Authorization', staff).expect(403);
    await http.delete(`/customers/${customerNo}`).set('Authorization', admin).expect(204);
    await get(customerNo).expect(404);
  });

  it('A-2/K-8: an event owes a file by its deadline; filing it after is late, twice is refused, a new file settles its event', async () => {
    const occurredAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const late = await http.post('/customer-file-events').set('Authorization', staff).send({ kind: 'sale', occurredAt, responsibleStaffCode: 'AG-301', reference: 'SO-1' }).expect(201);
    expect(late.body).toMatchObject({ kind: 'sale', responsibleStaffCode: 'AG-301', customerNo: null, filedAt: null, status: 'overdue' });
    expect(new Date(late.body.dueAt).getTime() - new Date(occurredAt).getTime()).toBe(2 * 86_400_000);

    const created = await post({ name: '新客户', fileEventId: late.body.id }).expect(201);
    expect(created.body.fileEvents).toEqual([expect.objectContaining({ id: late.body.id, status: 'late' })]);
    expect((await http.post(`/customer-file-events/${late.body.id}/filed`).set('Authorization', staff).send({}).expect(409)).body.field).toBe('id');

    const deal = await http.post('/customer-file-events').set('Authorization', staff).send({ kind: 'deal', occurredAt: new Date().toISOString(), responsibleStaffCode: 'AG-302' }).expect(201);
    expect(deal.body.status).toBe('open');
    expectBadField(await http.post(`/customer-file-events/${deal.body.id}/filed`).set('Authorization', staff).send({}), 'customerNo');
    const filed = await http.post(`/customer-file-events/${deal.body.id}/filed`).set('Authorization', staff).send({ customerNo: created.body.customerNo }).expect(200);
    expect(filed.body).toMatchObject({ status: 'on_time', customerNo: created.body.customerNo });

    const inline = await post({ name: '现场建档', fileEvent: { kind: 'repair', occurredAt, responsibleStaffCode: 'AG-302' } }).expect(201);
    expect(inline.body.fileEvents).toEqual([expect.objectContaining({ kind: 'repair', status: 'late', responsibleStaffCode: 'AG-302' })]);

    const listed = await http.get('/customer-file-events').set('Authorization', staff).query({ staff: 'AG-302', status: 'late' }).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [expect.objectContaining({ kind: 'repair', customerNo: inline.body.customerNo })] });
    expectBadField(await http.post('/customer-file-events').set('Authorization', staff).send({ kind: 'party', occurredAt }), 'kind');
    expectBadField(await http.post('/customer-file-events').set('Authorization', staff).send({ kind: 'sale', occurredAt, responsibleStaffCode: 'AG-998' }), 'responsibleStaffCode');
    expectBadField(await http.post('/customer-file-events').set('Authorization', staff).send({ kind: 'sale', occurredAt: '2099-01-01T00:00:00Z' }), 'occurredAt');
  });

  describe('A-3: search', () => {
    const files: Record<string, string> = {};

    beforeAll(async () => {
      const make = async (key: string, body: Record<string, unknown>, createdAt: string) => {
        files[key] = (await post(body).expect(201)).body.customerNo;
        await stack.db.query(`UPDATE customers SET created_at = $2 WHERE customer_no = $1`, [files[key], createdAt]);
      };
      await make('liu', { name: '刘芳芳华', organisation: '武汉光谷科技园', phone: '13911112222', products: [{ model: 'EV-1', serialNo: 'LFV2A21K5P3000001', plate: '鄂A88888' }] }, '2026-01-05T02:00:00Z');
      await make('liu2', { name: '刘芳', organisation: '光谷物流', phone: '13911113333', products: [{ model: 'EV-1', serialNo: 'LFV2A21K5P3000002', plate: '鄂A88899' }] }, '2026-02-05T02:00:00Z');
      await make('smith', { name: 'John Smith', organisation: 'Smith & Sons Ltd', phone: '+86 139-2222-4444', products: [{ model: 'EV-2', serialNo: 'WBA000111', plate: '沪B12345' }] }, '2026-03-05T02:00:00Z');
    });

    it.each([
      ['name, any part from 3 characters', { name: '芳芳华' }, ['liu']],
      ['name, its beginning when shorter', { name: '刘芳' }, ['liu', 'liu2']],
      ['name, ignoring case', { name: 'smith' }, ['smith']],
      ['organisation, any part', { organisation: '光谷科技' }, ['liu']],
      ['organisation, its beginning when shorter', { organisation: '光谷' }, ['liu2']],
      ['phone, whole', { phone: '13911112222' }, ['liu']],
      ['phone, last digits', { phone: '4444' }, ['smith']],
      ['phone, written with +86 and dashes', { phone: '+86 139-1111-3333' }, ['liu2']],
      ['serial/VIN, whole', { serialNo: 'LFV2A21K5P3000002' }, ['liu2']],
      ['serial/VIN, its beginning, any case', { serialNo: 'lfv2a21k5p300000' }, ['liu', 'liu2']],
      ['plate', { plate: '鄂A888' }, ['liu', 'liu2']],
      ['plate, with a space', { plate: '沪B 12345' }, ['smith']],
      ['date range', { from: '2026-02-01', to: '2026-03-06' }, ['liu2', 'smith']],
      ['keys combined', { name: '刘芳', plate: '鄂A88888' }, ['liu']],
    ])('A-3: by %s', async (_, query, expected) => {
      const res = await search(query).expect(200);
      expect(numbersOf(res)).toEqual(expected.map((k) => files[k]).sort());
      expect(res.body.total).toBe(expected.length);
    });

    it('returns each file with its products and completeness, newest first, paged', async () => {
      const res = await search({ name: '刘芳', limit: '1' }).expect(200);
      expect(res.body).toMatchObject({ total: 2, items: [{ customerNo: files.liu2, complete: false, products: [{ model: 'EV-1', serialNo: 'LFV2A21K5P3000002', plate: '鄂A88899' }] }] });
      expect(numbersOf(await search({ name: '刘芳', limit: '1', offset: '1' }))).toEqual([files.liu]);
    });

    it.each([
      [{ phone: '12' }, 'phone'],
      [{ phone: 'abcd' }, 'phone'],
      [{ name: '   ' }, 'name'],
      [{ plate: 'A' }, 'plate'],
      [{ from: 'yesterday' }, 'from'],
      [{ from: '2026-03-01', to: '2026-02-01' }, 'to'],
      [{ limit: '0' }, 'limit'],
      [{ limit: '500' }, 'limit'],
      [{ tier: 'gold' }, 'tier'],
      [{ complete: 'maybe' }, 'complete'],
      [{ vin: 'X' }, 'property vin'],
    ])('refuses %j with 400 naming %s', async (query, field) => {
      expectBadField(await search(query), field);
    });
  });
});
