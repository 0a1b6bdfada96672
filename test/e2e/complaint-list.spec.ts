import type { ApiClient, operations, Schemas } from '@libs/api-client';
import { givenAgent, givenCustomer } from '../support/builders';
import { clientFor, expectData, expectError } from '../support/api-client';
import { eventually } from '../support/eventually';
import { startTestStack, TestStack } from '../support/test-stack';

type Row = Schemas['ComplaintSummaryDto'];
type Filters = NonNullable<operations['Complaints_list']['parameters']['query']>;

// The complaint list staff work from: the customer's name and the next SLA deadline on each row, a
// registration range, free text over case number, customer, product reference and description (issue
// 19; the description through its blind index, never in clear), and the next deadline first.
describe('complaint list for real work (e2e)', () => {
  let stack: TestStack;
  let api: ApiClient;
  const names = { vip: '欧阳锋华', regular: '司马懿明', old: '诸葛亮光' };
  const descriptions = { vip: '电机异响，骑行时咔咔响', regular: '充电器发烫' };
  let vip: { customerNo: string; phone: string };
  let regular: { customerNo: string; phone: string };
  let vipCase: string;
  let regularCase: string;
  let oldCase: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    await givenAgent(stack.db, { servesVip: true });
    await givenAgent(stack.db);
    vip = (await givenCustomer(stack.db, { name: names.vip, tier: 'vip', phone: '13811112468' })) as { customerNo: string; phone: string };
    regular = (await givenCustomer(stack.db, { name: names.regular, phone: '13922223579' })) as { customerNo: string; phone: string };
    const old = await givenCustomer(stack.db, { name: names.old });
    api = (await clientFor(stack.api!, stack.db, 'supervisor')).client;
    const register = async (customerNo: string, productRef: string, description: string) =>
      expectData(await api.POST('/complaints', { body: { customerNo, channel: 'phone', category: 'service', severity: 'normal', description, productRef } }), 201).caseNo;
    oldCase = await register(old.customerNo, 'SN-OLD-0001', '安装师傅迟到');
    // An old case: registered in October (the read model keeps the registration time).
    await stack.db.query(`UPDATE case_records SET created_at = '2026-10-15T02:00:00Z' WHERE case_no = $1`, [oldCase]);
    vipCase = await register(vip.customerNo, 'SN-VIP-7788', descriptions.vip);
    regularCase = await register(regular.customerNo, 'EB200-55501', descriptions.regular);
  });
  afterAll(() => stack?.stop());

  const list = async (query: Filters = {}) => expectData(await api.GET('/complaints', { params: { query } }));
  const caseNos = (rows: Row[]) => rows.map((r) => r.caseNo);

  it('each row names the customer and, once the SLA clock runs, the next deadline', async () => {
    const rows = (await eventually(() => list(), (l) => l.items.every((r) => r.nextDeadlineAt !== null), 60_000)).items;
    const byCase = new Map(rows.map((r) => [r.caseNo, r]));
    expect(byCase.get(vipCase)).toMatchObject({ customerNo: vip.customerNo, customerName: names.vip, classification: 'complaint' });
    expect(byCase.get(regularCase)).toMatchObject({ customerNo: regular.customerNo, customerName: names.regular });
    // C-3: the first-contact deadline, 4 h for a VIP and 24 h otherwise, is the earliest pending one.
    const hoursAfterRegistration = (r: Row) => (Date.parse(r.nextDeadlineAt!) - Date.parse(r.createdAt)) / 3_600_000;
    expect(hoursAfterRegistration(byCase.get(vipCase)!)).toBeCloseTo(4, 1);
    expect(hoursAfterRegistration(byCase.get(regularCase)!)).toBeCloseTo(24, 1);
  });

  it('sorts by the next deadline: the VIP case (4 h to first contact) first, then the 24 h ones by their deadline', async () => {
    expect(caseNos((await list()).items)).toEqual([regularCase, vipCase, oldCase]);
    expect(caseNos((await list({ sort: 'next_deadline' })).items)).toEqual([vipCase, oldCase, regularCase]);
    expect(expectError(await api.GET('/complaints', { params: { query: { sort: 'oldest' as 'newest' } } }), 400)).toMatchObject({ field: 'sort' });
  });

  it('filters by registration range as the returns list does: from inclusive, to exclusive; a range ending before it starts is refused', async () => {
    expect(caseNos((await list({ from: '2026-10-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' })).items)).toEqual([oldCase]);
    expect(caseNos((await list({ from: '2026-10-15T02:00:00Z', to: '2026-10-15T02:00:01Z' })).items)).toEqual([oldCase]);
    expect(caseNos((await list({ to: '2026-10-15T02:00:00Z' })).items)).toEqual([]);
    expect(caseNos((await list({ from: '2026-11-01T00:00:00+08:00' })).items).sort()).toEqual([regularCase, vipCase].sort());
    expect(expectError(await api.GET('/complaints', { params: { query: { from: '2026-11-02', to: '2026-11-01' } } }), 400)).toMatchObject({ field: 'to' });
    expect(expectError(await api.GET('/complaints', { params: { query: { from: 'yesterday' } } }), 400)).toMatchObject({ field: 'from' });
  });

  it.each([
    ['part of the customer name (3+ characters)', () => '欧阳锋', () => [vipCase]],
    ['the beginning of a short name', () => '司马', () => [regularCase]],
    ['the last four digits of the phone', () => '3579', () => [regularCase]],
    ['the phone from the start', () => '1381111', () => [vipCase]],
    ['the customer number', () => regular.customerNo.toLowerCase(), () => [regularCase]],
    ['part of the case number', () => vipCase.slice(-6), () => [vipCase]],
    ['the beginning of the product reference', () => 'eb200', () => [regularCase]],
    ['text that matches nothing', () => '无此客户名', () => []],
    // The description, through its keyed tokens: every pair of neighbouring characters of the text.
    ['words of the description', () => '异响', () => [vipCase]],
    ['other words of the description', () => '充电器', () => [regularCase]],
    ['words across the description\'s punctuation, in another case and spacing', () => '异响 骑行', () => [vipCase]],
    ['description words in neither description', () => '刹车失灵', () => []],
    ['pairs each in some description, but not all in one', () => '异响发烫', () => []],
    ['a single character, which does not look at descriptions', () => '响', () => []],
  ])('free text: %s', async (_label, q, expected) => {
    expect(caseNos((await list({ q: q() })).items)).toEqual(expected());
    // The same terms in a body keep names and phone numbers out of the URL.
    expect(caseNos(expectData(await api.POST('/complaints/search', { body: { q: q() } })).items)).toEqual(expected());
  });

  it('free text combines with the other filters and an empty one is refused naming the field', async () => {
    expect((await list({ q: '欧阳锋', from: '2026-10-01', to: '2026-11-01' })).total).toBe(0);
    expect(expectError(await api.GET('/complaints', { params: { query: { q: '  ' } } }), 400)).toMatchObject({ field: 'q' });
    // A search body with "q": null is refused, not taken for text (it once answered 500).
    expect(expectError(await api.POST('/complaints/search', { body: { q: null as unknown as string } }), 400)).toMatchObject({ field: 'q' });
  });

  it('keeps the description out of case_records: no column holds it or any part of it in clear', async () => {
    const [row] = await stack.db.query(`SELECT * FROM case_records WHERE case_no = $1`, [vipCase]);
    expect(row.description_tokens).toHaveLength(9);
    const fragments = [descriptions.vip, '电机异响', '异响', '咔咔'];
    for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
      if (value === null || value === undefined) continue;
      // bytea (the sealed case view) as its bytes; everything else, arrays included, as text.
      const haystack = Buffer.isBuffer(value) ? value : Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
      for (const fragment of fragments) expect({ column, holds: haystack.includes(Buffer.from(fragment)) }).toEqual({ column, holds: false });
    }
    // And the database cannot find it either: no column, cast to text, contains it.
    const [{ found }] = await stack.db.query(`SELECT count(*)::int AS found FROM case_records c WHERE c::text LIKE '%' || $1 || '%'`, ['异响']);
    expect(found).toBe(0);
  });

  it('an agent searches only their own cases', async () => {
    const agent = (await clientFor(stack.api!, stack.db, 'agent')).client;
    expect(expectData(await agent.GET('/complaints', { params: { query: { q: '欧阳锋' } } })).items).toEqual([]);
  });
});
