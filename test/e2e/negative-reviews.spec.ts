import type { ApiClient, Schemas } from '@libs/api-client';
import { businessDay } from '@libs/domain/cases/case-number';
import { givenCustomer } from '../support/builders';
import { clientFor, expectData, expectError } from '../support/api-client';
import { startTestStack, TestStack } from '../support/test-stack';

// C-15: negative reviews are recorded (platform, order, text, rating), the buyer is contacted and a
// remedy offered (return/exchange when unused; otherwise VIP upgrade, gift or free shipping on the next
// order) with contact date, progress and handler; counted in the weekly report.
describe('C-15 negative reviews (e2e)', () => {
  let stack: TestStack;
  let agent: ApiClient;
  let agentCode: string;
  let customerNo: string;
  let vipCustomerNo: string;
  const TEXT = '电池用了一周就不充电了，客服也不回复';

  beforeAll(async () => {
    stack = await startTestStack({ api: true, worker: false });
    customerNo = (await givenCustomer(stack.db)).customerNo;
    vipCustomerNo = (await givenCustomer(stack.db, { tier: 'vip' })).customerNo;
    const signedIn = await clientFor(stack.api!, stack.db, 'agent');
    agent = signedIn.client;
    agentCode = signedIn.member.code;
  });
  afterAll(() => stack?.stop());

  type NewReview = Schemas['RecordNegativeReviewDto'];
  const record = (over: Partial<NewReview> = {}) => agent.POST('/negative-reviews', { body: { platform: 'taobao', orderNo: 'TB-778812', rating: 1, text: TEXT, customerNo, ...over } });
  const path = (id: string) => ({ params: { path: { id } } });
  const contact = (id: string, itemUsed: boolean) => agent.POST('/negative-reviews/{id}/contact', { ...path(id), body: { itemUsed } });
  const remedy = (id: string, body: Schemas['OfferRemedyDto'] = {}) => agent.POST('/negative-reviews/{id}/remedy', { ...path(id), body });

  let unusedId: string;

  it('C-15: records the review; the buyer\'s words are stored encrypted and shown to staff', async () => {
    const review = expectData(await record(), 201);
    unusedId = review.id;
    expect(review).toMatchObject({ platform: 'taobao', orderNo: 'TB-778812', rating: 1, text: TEXT, customerNo, status: 'recorded', handler: null, recordedBy: agentCode });
    const [row] = await stack.db.query(`SELECT review_text_sealed FROM negative_reviews WHERE id = $1`, [review.id]);
    expect(Buffer.from(row.review_text_sealed).includes(Buffer.from(TEXT))).toBe(false);
    expect(Buffer.from(row.review_text_sealed).includes(Buffer.from('一周'))).toBe(false);
    const audit = JSON.stringify(await stack.db.query(`SELECT details FROM audit_events WHERE resource = $1`, [`negative-review:${review.id}`]));
    expect(audit).not.toContain('一周');
    expect(expectData(await agent.GET('/negative-reviews/{id}', path(review.id))).text).toBe(TEXT);
  });

  it('C-15: the same review recorded again is the same record; another text for that order is refused', async () => {
    expect(expectData(await record(), 200).id).toBe(unusedId);
    expect(expectError(await record({ text: '另一条评论' }), 409)).toMatchObject({ field: 'orderNo' });
    expect(expectError(await record({ orderNo: 'TB-1', rating: 6 }), 400)).toMatchObject({ field: 'rating' });
    expect(expectError(await record({ orderNo: 'TB-2', platform: 'ebay' as 'taobao' }), 400)).toMatchObject({ field: 'platform' });
    expect(expectError(await record({ orderNo: 'TB-3', customerNo: 'CU-999998' }), 404)).toMatchObject({ field: 'customerNo' });
    expect(expectData(await agent.GET('/negative-reviews')).total).toBe(1);
  });

  it('C-15: no remedy before the buyer is contacted', async () => {
    expect(expectError(await remedy(unusedId), 409).message).toBe('cannot offer remedy a negative review that is recorded');
  });

  it('C-15: an unused item: contacted (date and handler noted), return or exchange offered, closed, each step in the progress', async () => {
    const contacted = expectData(await contact(unusedId, false));
    expect(contacted).toMatchObject({ status: 'contacted', handler: agentCode, itemUsed: false });
    expect(contacted.contactedAt).not.toBeNull();
    expect(expectError(await remedy(unusedId, { remedy: 'gift' }), 400)).toMatchObject({ field: 'remedy', message: 'remedy for an unused item is return_or_exchange' });
    expect(expectData(await remedy(unusedId))).toMatchObject({ status: 'remedy_offered', remedy: 'return_or_exchange' });
    const closed = expectData(await agent.POST('/negative-reviews/{id}/close', { ...path(unusedId), body: { outcome: 'review_revised' } }));
    expect(closed).toMatchObject({ status: 'closed', outcome: 'review_revised' });
    expect(closed.progress.map((p) => [p.event, p.by, p.detail ?? null])).toEqual([
      ['recorded', agentCode, null],
      ['contacted', agentCode, null],
      ['remedy_offered', agentCode, 'return_or_exchange'],
      ['closed', agentCode, 'review_revised'],
    ]);
    expectError(await agent.POST('/negative-reviews/{id}/close', { ...path(unusedId), body: { outcome: 'review_kept' } }), 409);
  });

  it('C-15: a used item: no return; a VIP upgrade by default, a gift for a customer who is VIP already, or what the handler chooses', async () => {
    const used = expectData(await record({ platform: 'jd', orderNo: 'JD-5501', rating: 2 }), 201).id;
    expectData(await contact(used, true));
    expect(expectError(await remedy(used, { remedy: 'return_or_exchange' }), 400)).toMatchObject({ field: 'remedy' });
    expect(expectData(await remedy(used))).toMatchObject({ remedy: 'vip_upgrade' });

    const vip = expectData(await record({ platform: 'jd', orderNo: 'JD-5502', customerNo: vipCustomerNo }), 201).id;
    expectData(await contact(vip, true));
    expect(expectError(await remedy(vip, { remedy: 'vip_upgrade' }), 400)).toMatchObject({ field: 'remedy' });
    expect(expectData(await remedy(vip))).toMatchObject({ remedy: 'gift' });

    const chosen = expectData(await record({ platform: 'pinduoduo', orderNo: 'PDD-9001', customerNo: undefined }), 201).id;
    expectData(await contact(chosen, true));
    expect(expectData(await remedy(chosen, { remedy: 'free_shipping_next_order' }))).toMatchObject({ remedy: 'free_shipping_next_order' });
    expect(expectData(await agent.GET('/negative-reviews', { params: { query: { status: 'remedy_offered' } } })).total).toBe(3);
  });

  it('C-15: the weekly report counts the negative reviews recorded, by platform and in all', async () => {
    const today = businessDay(new Date(), 'Asia/Shanghai').replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const manager = (await clientFor(stack.api!, stack.db, 'manager')).client;
    const weekly = expectData(await manager.GET('/reports/complaints/weekly', { params: { query: { from: today, to: tomorrow } } })) as { rows: Array<Record<string, unknown>> };
    const reviews = weekly.rows.filter((r) => r.dimension === 'negative_reviews').map((r) => [r.key, r.complaints]);
    expect(reviews).toEqual([['jd', 2], ['pinduoduo', 1], ['taobao', 1], ['all', 4]]);
  });

  it('warehouse and finance staff have no access', async () => {
    const finance = (await clientFor(stack.api!, stack.db, 'finance')).client;
    expectError(await finance.GET('/negative-reviews'), 403);
  });
});
