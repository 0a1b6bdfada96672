import request from 'supertest';
import type { ApiClient } from '@libs/api-client';
import { clientFor, expectData, expectError } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

// L-5: parts shipping accuracy (shipments without a wrong or missing part / all shipments) is a KPI
// with a 98% target, counted from the parts shipments the warehouse records and their corrections.
describe('L-5 parts shipping accuracy (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let warehouse: ApiClient;
  let manager: ApiClient;
  let financeAuth: string;
  const AUGUST = { from: '2026-08-01', to: '2026-09-01' };
  const shippedAt = '2026-08-10T02:00:00.000Z';
  const ids: string[] = [];

  beforeAll(async () => {
    // The department simulator answers the L-4 checks made before each shipment is recorded.
    stack = await startTestStack({ api: true, worker: false, departments: true });
    http = request(stack.api!.getHttpServer());
    warehouse = (await clientFor(stack.api!, stack.db, 'warehouse', { code: 'WH-001' })).client;
    manager = (await clientFor(stack.api!, stack.db, 'manager')).client;
    financeAuth = `Bearer ${(await clientFor(stack.api!, stack.db, 'finance')).token}`;
  });
  afterAll(() => stack?.stop());

  const to = { name: '测试客户', phone: '13900000000', region: '浙江省杭州市', line: '西湖区文三路 1 号' };
  const ship = (n: number, over: Record<string, unknown> = {}) =>
    warehouse.POST('/parts-shipments', {
      body: { waybillNo: `SF20260810${String(n).padStart(4, '0')}`, parts: [{ partNo: 'CTRL-48V-A', quantity: 1 }], shippedAt, courier: '顺丰速运', to, billing: 'warranty' as const, ...over },
    });
  const accuracy = async () => {
    const kpis = expectData(await manager.GET('/reports/kpis', { params: { query: AUGUST } })) as { rows: Array<Record<string, unknown>> };
    return kpis.rows.find((r) => r.kpi === 'parts_shipping_accuracy');
  };
  const markAs = async (id: string, result: 'correct' | 'wrong_part' | 'missing_part') =>
    expectData(await warehouse.POST('/parts-shipments/{id}/outcome', { params: { path: { id } }, body: { result } }));

  it('L-5: the warehouse records parts shipments, each counted correct until a correction says otherwise', async () => {
    for (let n = 1; n <= 50; n += 1) ids.push(expectData(await ship(n), 201).id);
    expect(await accuracy()).toMatchObject({ rule: 'L-5', value: 1, target: 0.98, direction: 'at_least', met: true, numerator: 50, denominator: 50 });
  });

  it('L-5: one wrong part in 50 shipments is 98%, the target met; a second (missing part) misses it', async () => {
    const corrected = await markAs(ids[7], 'wrong_part');
    expect(corrected).toMatchObject({ result: 'wrong_part', correctedBy: 'WH-001' });
    expect(await accuracy()).toMatchObject({ value: 0.98, met: true, numerator: 49, denominator: 50 });
    await markAs(ids[8], 'missing_part');
    expect(await accuracy()).toMatchObject({ value: 0.96, met: false, numerator: 48, denominator: 50 });
    // A second look found the part right after all.
    await markAs(ids[8], 'correct');
    expect(await accuracy()).toMatchObject({ value: 0.98, met: true });
    const wrong = expectData(await warehouse.GET('/parts-shipments', { params: { query: { ...AUGUST, result: 'wrong_part' } } }));
    expect(wrong.items.map((s) => s.id)).toEqual([ids[7]]);
  });

  it('the same waybill again returns the same shipment; with other parts it is refused', async () => {
    const again = expectData(await ship(1), 200);
    expect(again.id).toBe(ids[0]);
    expect(expectError(await ship(1, { parts: [{ partNo: 'MOTOR-500W', quantity: 1 }] }), 409)).toMatchObject({ field: 'waybillNo' });
    expect((await accuracy())!.denominator).toBe(50);
  });

  it('bad input is refused naming the field, nothing written; finance may not record shipments', async () => {
    expect(expectError(await ship(99, { parts: [] }), 400)).toMatchObject({ field: 'parts' });
    expect(expectError(await ship(99, { parts: [{ partNo: 'X', quantity: 0 }] }), 400).field).toBe('parts.0.quantity');
    const res = await http.post(`/parts-shipments/${ids[0]}/outcome`).set('Authorization', financeAuth).send({ result: 'wrong_part' });
    expect(res.status).toBe(403);
    expect(expectError(await warehouse.POST('/parts-shipments/{id}/outcome', { params: { path: { id: ids[0] } }, body: { result: 'broken' as 'correct' } }), 400)).toMatchObject({ field: 'result' });
    expectError(await warehouse.POST('/parts-shipments/{id}/outcome', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } }, body: { result: 'correct' } }), 404);
    expect((await accuracy())!.denominator).toBe(50);
  });
});
