import request from 'supertest';
import { MESSAGE_CATALOGUE, MESSAGE_TEMPLATE_KEYS, MessageTemplateKey, renderTemplate, RULE_ID_PATTERN } from '@libs/domain/messages/message-templates';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

interface TemplateView {
  key: MessageTemplateKey;
  channel: string;
  language: string;
  subject: string;
  body: string;
  variables: string[];
  version: number;
  updatedBy: string;
}

const CHINESE = /[\u4e00-\u9fff]/;

// E2E tier: the admin API over HTTP against the real API and PostgreSQL (templates seeded by the migration).
describe('customer message templates (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true });
    http = request(stack.api!.getHttpServer());
    admin = (await bearerFor(stack.api!, stack.db, 'admin')).header;
    agent = (await bearerFor(stack.api!, stack.db, 'agent')).header;
  });
  afterAll(() => stack?.stop());

  const list = async (): Promise<TemplateView[]> => (await http.get('/message-templates').set('Authorization', agent).expect(200)).body.items;
  const put = (path: string, body: Record<string, unknown>, auth = admin) => http.put(`/message-templates/${path}`).set('Authorization', auth).send(body);

  it('every customer message has a Chinese template; each renders with sample variables in Chinese, without a rule id (R-6, L-1, L-4, F-6..F-8)', async () => {
    const templates = await list();
    for (const key of MESSAGE_TEMPLATE_KEYS) expect(templates.some((t) => t.key === key && t.language === 'zh-CN')).toBe(true);
    for (const template of templates) {
      const text = renderTemplate(template, MESSAGE_CATALOGUE[template.key].variables);
      expect(`${text.subject} ${text.body}`).not.toMatch(RULE_ID_PATTERN);
      expect(`${text.subject} ${text.body}`).not.toContain('{{');
      if (template.language === 'zh-CN') expect(text.body).toMatch(CHINESE);
    }
  });

  it('declares the variables of each template: the shipment SMS may name the courier and the waybill (L-4)', async () => {
    const shipped = (await list()).find((t) => t.key === 'replacement_shipped' && t.language === 'zh-CN')!;
    expect(shipped).toMatchObject({ channel: 'sms', variables: ['returnNo', 'courier', 'waybillNo'], version: 1 });
    expect(shipped.body).toContain('{{courier}}');
    expect(shipped.body).toContain('{{waybillNo}}');
  });

  it('an admin words a template; the version rises and the change is audited', async () => {
    const res = await put('refund_refused/sms/zh-CN', { subject: '退款审核结果', body: '您的退货{{returnNo}}已验货：{{reason}}。如有疑问请致电客服。' }).expect(200);
    expect(res.body).toMatchObject({ key: 'refund_refused', channel: 'sms', language: 'zh-CN', subject: '退款审核结果', version: 2, variables: ['returnNo', 'reason'] });
    const [audit]: Array<{ action: string }> = await stack.db.query(`SELECT action FROM audit_events WHERE resource = 'message-template:refund_refused/sms/zh-CN'`);
    expect(audit).toEqual({ action: 'message-template.put' });
  });

  it('adds an English text of a message (Chinese stays the default)', async () => {
    await put('shipping_fee_due/sms/en', { subject: 'Shipping fee due', body: 'Please pay {{amount}} for the replacement of {{returnNo}}; it ships once paid.' }).expect(200);
    const languages = (await list()).filter((t) => t.key === 'shipping_fee_due').map((t) => t.language);
    expect(languages.sort()).toEqual(['en', 'zh-CN']);
  });

  it.each([
    ['a variable the template does not declare', 'replacement_shipped/sms/zh-CN', { subject: '换货已发出', body: '您的换货运单号{{waybillNo}}，收件电话{{phone}}' }, 'body', '{{phone}}'],
    ['an undeclared variable in the subject', 'replacement_shipped/sms/zh-CN', { subject: '{{customerName}}您好', body: '运单号{{waybillNo}}' }, 'subject', '{{customerName}}'],
    ['a rule id in a customer text', 'shipping_fee_due/sms/zh-CN', { subject: '运费', body: '请支付运费{{amount}}（R-6）' }, 'body', 'R-6'],
    ['an empty body', 'refunded/sms/zh-CN', { subject: '退款', body: '  ' }, 'body', 'body must not be empty'],
    ['an unknown language', 'refunded/sms/fr', { subject: 'x', body: 'y' }, 'language', 'language must be one of'],
    ['an unknown channel', 'refunded/fax/zh-CN', { subject: 'x', body: 'y' }, 'channel', 'channel must be one of'],
    ['an unknown field', 'refunded/sms/zh-CN', { subject: 'x', body: 'y', variables: ['phone'] }, undefined, 'variables should not exist'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_, path, body, field, message) => {
    const before = await list();
    const res = await put(path, body).expect(400);
    expect(res.body.message).toContain(message);
    if (field) expect(res.body.field).toBe(field);
    expect(await list()).toEqual(before);
  });

  it('answers 404 for a message that does not exist and 403 to anyone but an admin', async () => {
    await put('unknown_message/sms/zh-CN', { subject: 'x', body: 'y' }).expect(404);
    await put('refunded/sms/zh-CN', { subject: '退款', body: '已退款{{amount}}' }, agent).expect(403);
  });
});
